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
