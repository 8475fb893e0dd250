/**
 * 填写要点: what each prose field must cover and standard sentences a clerk may insert, shown beside the field.
 * Grounded in 国办公开办函〔2021〕30号 (一 covers five aspects, "不能遗漏，也不宜泛化"), 《政府信息公开条例》
 * 第五十条 and 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号). Keyed by the field's path without `.body`.
 * Phrases leave figures as blanks (　) for the clerk: an inserted sentence never states a number she did not type.
 */
export interface ProseGuidance {
  /** What to write about, short enough to end the sentence “请写明…” of a finding. */
  topics: string;
  /** What the field must cover, in full. */
  covers: string;
  /** What a 人民政府's report must add here, when it must add anything. */
  forGovernments?: string;
  phrases: readonly string[];
}

export const PROSE_GUIDANCE: Readonly<Record<string, ProseGuidance>> = {
  "s1.proactive": {
    topics: "主动公开了哪些信息、多少条",
    covers:
      "本年度主动公开政府信息的总体情况：通过哪些渠道公开、公开了多少条，重点领域信息、政策解读和回应关切情况。涉及的件数应与表二一致。",
    phrases: ["本年度，通过政府门户网站主动公开政府信息　条。"],
  },
  "s1.onRequest": {
    topics: "收到和办理政府信息公开申请的情况",
    covers:
      "收到和办理政府信息公开申请的情况：本年新收、上年结转、办结和结转下年度的件数，答复是否及时、规范。件数应与表三一致；行政复议、行政诉讼见表四。",
    phrases: ["本年度共收到政府信息公开申请　件，上年结转　件，均已在法定期限内答复。"],
  },
  "s1.management": {
    topics: "信息发布审查、保密审查、公开目录和指南的管理情况",
    covers: "政府信息管理：公开前的发布审查和保密审查，政府信息公开指南和目录的更新维护，规范性文件的清理和动态调整。",
    phrases: ["严格执行政府信息公开保密审查制度，坚持“先审查、后公开”。"],
  },
  "s1.platform": {
    topics: "政府网站、政务新媒体、公开栏等平台的建设情况",
    covers:
      "政府信息公开平台建设：政府门户网站、政务新媒体、政务服务场所、公开栏等平台的建设、栏目调整和运行维护情况。",
    phrases: ["依托政府门户网站政府信息公开专栏，及时更新各栏目信息。"],
  },
  "s1.oversight": {
    topics: "监督检查、考核、培训和责任追究等保障情况",
    covers: "监督保障：工作机构和人员、制度建设、业务培训、监督检查和考核情况。",
    forGovernments: "人民政府的报告还须写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项）。",
    phrases: ["本年度未发生因政府信息公开工作被责任追究的情况。"],
  },
  "s5.problems": {
    topics: "本年度工作存在的主要问题",
    covers: "本年度政府信息公开工作存在的主要问题，要具体、实事求是，不宜泛化。",
    phrases: [],
  },
  "s5.improvements": {
    topics: "改进措施和上年度问题的整改情况",
    covers: "针对上述问题的改进措施和下一步打算；并说明上年度报告所提问题的整改落实情况。",
    phrases: ["针对上年度报告中提出的问题，"],
  },
  s6: {
    topics: "信息处理费等其他需要报告的事项",
    covers:
      "信息处理费：按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），写明本年度发出收费通知的件数和总金额、实际收取的总金额；没有收取的，写明本年度未收取。",
    forGovernments:
      "人民政府的报告还应写明本年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况、工作创新情况。",
    phrases: ["本年度未收取信息处理费。", "本年度共发出收费通知　件，总金额　万元，实际收取　万元。"],
  },
};

/** The guidance of a prose field (`s1.proactive`, `s6`), if it has any. */
export const guidanceFor = (field: string): ProseGuidance | undefined => PROSE_GUIDANCE[field];

/** 填表说明 of a statistical table: how it is counted overall, with worked examples. Row 口径 are in hints.ts. */
export interface TableGuidance {
  intro: string;
  examples: readonly string[];
}

export const TABLE_GUIDANCE: Readonly<Record<"t2" | "t3" | "t4", TableGuidance>> = {
  t2: {
    intro:
      "统计本机关本年度主动公开的规章、行政规范性文件和行政处理决定。“本年制发”“本年废止”按发布时间计入本年度，“现行有效件数”是截至12月31日仍有效的件数；没有的填0，不要留空。",
    examples: [
      "例：上年现行有效规范性文件10件，本年制发2件、废止1件，则现行有效件数一般为10+2−1=11件。",
      "例：本年行政事业性收费共1200元，“收费”一格填0.12（单位万元，最多4位小数）。",
    ],
  },
  t3: {
    intro:
      "统计本年度收到和办理的政府信息公开申请，按申请人分列。每件已办结的申请只计一种办理结果；部分公开的只计在（二）部分公开。每一列都要满足：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。合计由本工具自动计算。",
    examples: [
      "例：自然人本年新收申请10件，上年结转2件；予以公开6件、部分公开2件、本机关不掌握1件，其余3件年底尚未办结。自然人一列：一填10、二填2，（一）填6、（二）填2、（四）1.填1，（七）总计自动为9，四填3，10+2=9+3，平衡。",
      "例：同一申请人一次提出两项内容、分别答复的，按申请件数计，不按答复份数计。",
    ],
  },
  t4: {
    intro:
      "统计本年度因本机关政府信息公开工作引起的行政复议和行政诉讼，按结果分列；“总计”由本工具自动计算。本年收到但年底未审结的，计入“尚未审结”。",
    examples: [
      "例：本年申请人对本机关的答复申请行政复议2件，1件维持、1件尚未审结：行政复议“结果维持”填1、“尚未审结”填1，总计自动为2。",
    ],
  },
};
