/**
 * 填表说明 of the statistical tables, read only by the 填表说明 dialog (loaded when first opened), so it is not
 * exported from the template's index: the first page does not carry its text.
 */
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
