/**
 * The phrases clerks use in prose to state a figure of the tables, as data: a keyword that introduces the figure
 * and the cells whose shown values (derived totals included) add up to it. `proseNumber.ts` applies them.
 *
 * A figure belongs to the closest keyword before it in the same clause (`收到申请4件，其中予以公开2件`).
 * Keywords carry their verb where the noun alone is ambiguous (`制发…规范性文件`, not `规范性文件`).
 */
import { T3_INPUT_COLUMNS, T4_GROUPS } from "../template";

export interface ProsePattern {
  /** Stable id; part of the finding's fingerprint. */
  id: string;
  keyword: RegExp;
  /** Must occur between the keyword and the figure (e.g. `申请`, so `收到来信12件` is not read as applications). */
  requires?: RegExp;
  /** Cells adding up to the stated figure. */
  cells: readonly string[];
  /** How the message names those cells. */
  label: string;
  unit: "count" | "amount";
}

const T3_ROWS = {
  denied: [
    "stateSecret",
    "lawProhibited",
    "threeSafetyOneStability",
    "thirdParty",
    "internalAffairs",
    "processInfo",
    "enforcementFile",
    "adminQuery",
  ],
  unavailable: ["notHeld", "needsCreation", "unclear"],
  notProcessed: ["petition", "repeat", "publication", "massRepeat", "confirmOrReissue"],
  otherHandling: ["noCorrection", "feeUnpaid", "other"],
} as const;

const rowTotal = (row: string) => `t3.${row}.total`;
const groupTotals = (group: keyof typeof T3_ROWS) => T3_ROWS[group].map((r) => rowTotal(`${group}.${r}`));
const ORG_COLUMNS = T3_INPUT_COLUMNS.filter((c) => c.key !== "natural").map((c) => `t3.received.${c.key}`);
const t3Row = (keyword: RegExp, row: string, label: string): ProsePattern => ({
  id: row,
  keyword,
  cells: [rowTotal(row)],
  label: `表三“${label}”的总计`,
  unit: "count",
});
const t3Group = (keyword: RegExp, group: keyof typeof T3_ROWS, label: string): ProsePattern => ({
  id: group,
  keyword,
  cells: groupTotals(group),
  label: `表三“${label}”${T3_ROWS[group].length}项的总计之和`,
  unit: "count",
});
const t2Cell = (id: string, keyword: RegExp, cell: string, label: string): ProsePattern => ({
  id,
  keyword,
  cells: [cell],
  label: `表二“${label}”`,
  unit: "count",
});
const ISSUE = "(?:制发|制定|出台|印发|发布)";

export const PROSE_PATTERNS: readonly ProsePattern[] = [
  {
    id: "received",
    keyword: /收到|受理|新收|接收|接到/,
    requires: /申请/,
    cells: ["t3.received.total"],
    label: "表三“一、本年新收政府信息公开申请数量”的总计",
    unit: "count",
  },
  {
    id: "received.natural",
    keyword: /自然人(?:提出|提交)?的?申请/,
    cells: ["t3.received.natural"],
    label: "表三“一、本年新收政府信息公开申请数量”的自然人列",
    unit: "count",
  },
  {
    id: "received.org",
    keyword: /法人(?:或|和)?(?:其他)?组织(?:提出|提交)?的?申请/,
    cells: ORG_COLUMNS,
    label: "表三“一、本年新收政府信息公开申请数量”中法人或其他组织五列之和",
    unit: "count",
  },
  t3Row(/上一?年度?结转|结转上一?年度?/, "carriedOver", "二、上年结转政府信息公开申请数量"),
  t3Row(/结转(?:至|到)?下一?年度?|转入下一?年度?/, "carriedForward", "四、结转下年度继续办理"),
  t3Row(/予以公开|同意公开|全部公开/, "granted", "（一）予以公开"),
  t3Row(/部分公开/, "partial", "（二）部分公开"),
  t3Group(/不予公开/, "denied", "（三）不予公开"),
  t3Row(/国家秘密/, "denied.stateSecret", "（三）不予公开 1.属于国家秘密"),
  t3Row(/第三方合法权益/, "denied.thirdParty", "（三）不予公开 4.保护第三方合法权益"),
  t3Row(/内部事务/, "denied.internalAffairs", "（三）不予公开 5.属于三类内部事务信息"),
  t3Row(/过程性信息/, "denied.processInfo", "（三）不予公开 6.属于四类过程性信息"),
  t3Row(/行政执法案卷/, "denied.enforcementFile", "（三）不予公开 7.属于行政执法案卷"),
  t3Row(/行政查询/, "denied.adminQuery", "（三）不予公开 8.属于行政查询事项"),
  t3Group(/无法提供/, "unavailable", "（四）无法提供"),
  t3Row(/不掌握|信息不存在/, "unavailable.notHeld", "（四）无法提供 1.本机关不掌握相关政府信息"),
  t3Row(/另行制作/, "unavailable.needsCreation", "（四）无法提供 2.没有现成信息需要另行制作"),
  t3Group(/不予处理/, "notProcessed", "（五）不予处理"),
  t3Row(/信访举报投诉/, "notProcessed.petition", "（五）不予处理 1.信访举报投诉类申请"),
  t3Row(/重复申请/, "notProcessed.repeat", "（五）不予处理 2.重复申请"),
  t3Row(/公开出版物/, "notProcessed.publication", "（五）不予处理 3.要求提供公开出版物"),
  t3Group(/其他处理/, "otherHandling", "（六）其他处理"),
  {
    id: "closed",
    keyword: /办结/,
    cells: ["t3.total.total"],
    label: "表三“（七）总计”的总计",
    unit: "count",
  },
  t2Cell("regulations.issued", new RegExp(`${ISSUE}[^\\d]{0,4}规章`), "t2.regulations.issued", "规章 本年制发件数"),
  t2Cell("regulations.repealed", /废止[^\d]{0,4}规章/, "t2.regulations.repealed", "规章 本年废止件数"),
  t2Cell(
    "normativeDocs.issued",
    new RegExp(`${ISSUE}[^\\d]{0,6}规范性文件`),
    "t2.normativeDocs.issued",
    "行政规范性文件 本年制发件数",
  ),
  t2Cell(
    "normativeDocs.repealed",
    /废止[^\d]{0,6}规范性文件/,
    "t2.normativeDocs.repealed",
    "行政规范性文件 本年废止件数",
  ),
  t2Cell(
    "normativeDocs.valid",
    /现行有效[^\d]{0,6}规范性文件|规范性文件现行有效/,
    "t2.normativeDocs.valid",
    "行政规范性文件 现行有效件数",
  ),
  t2Cell("licensing", /行政许可/, "t2.licensing.decisions", "行政许可 本年处理决定数量"),
  t2Cell("penalty", /行政处罚/, "t2.penalty.decisions", "行政处罚 本年处理决定数量"),
  t2Cell("coercion", /行政强制/, "t2.coercion.decisions", "行政强制 本年处理决定数量"),
  {
    id: "fees",
    keyword: /行政事业性收费/,
    cells: ["t2.fees.amount"],
    label: "表二“行政事业性收费 本年收费金额（单位：万元）”",
    unit: "amount",
  },
  {
    id: "review",
    keyword: /行政复议/,
    cells: ["t4.review.total"],
    label: "表四“行政复议”的总计",
    unit: "count",
  },
  {
    id: "litigation",
    keyword: /行政诉讼|行政应诉/,
    cells: T4_GROUPS.filter((g) => g.key !== "review").map((g) => `t4.${g.key}.total`),
    label: "表四“行政诉讼”两组（未经复议直接起诉、复议后起诉）的总计之和",
    unit: "count",
  },
];
