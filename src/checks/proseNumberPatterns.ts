/**
 * The phrases clerks use in prose to state a figure of the tables, as data: a keyword that introduces the figure
 * and the cells whose shown values (derived totals included) add up to it. `proseNumber.ts` applies them.
 *
 * A figure belongs to the closest keyword before it in the same clause (`收到申请4件，其中予以公开2件`).
 * Keywords carry their verb where the noun alone is ambiguous (`制发…规范性文件`, not `规范性文件`).
 */
import { cellByPath, T3_INPUT_COLUMNS, T3_ORG_HEADER, T3_ROWS, T4_GROUPS, T4_LITIGATION_HEADER } from "../template";

export interface ProsePattern {
  /** Stable id; part of the finding's fingerprint. */
  id: string;
  keyword: RegExp;
  /** Must occur between the keyword and the figure (e.g. `申请`, so `收到来信12件` is not read as applications). */
  requires?: RegExp;
  /** Cells adding up to the stated figure. */
  cells: readonly string[];
  /** How the message names those cells (labels come from the template). */
  label: string;
  unit: "count" | "amount";
}

const nameOf = (path: string) => cellByPath(path)?.name ?? path;
const rowTotal = (row: string) => `t3.${row}.total`;

/** One row of 表三, by its 总计 column. */
const t3Row = (keyword: RegExp, row: string): ProsePattern => ({
  id: row,
  keyword,
  cells: [rowTotal(row)],
  label: `表三“${cellByPath(rowTotal(row))?.rowLabel ?? row}”的总计`,
  unit: "count",
});

/** A group of 表三 rows (（三）不予公开…), by the sum of their 总计 column. */
const t3Group = (keyword: RegExp, group: string): ProsePattern => {
  const rows = T3_ROWS.filter((r) => r.key.startsWith(`${group}.`));
  return {
    id: group,
    keyword,
    cells: rows.map((r) => rowTotal(r.key)),
    label: `表三“${rows[0]?.labels.at(-2) ?? group}”${rows.length}项的总计之和`,
    unit: "count",
  };
};

const t2Cell = (keyword: RegExp, cell: string, unit: ProsePattern["unit"] = "count"): ProsePattern => ({
  id: cell.replace(/^t2\./, ""),
  keyword,
  cells: [cell],
  label: `表二“${nameOf(cell)}”`,
  unit,
});

const ISSUE = "(?:制发|制定|出台|印发|发布)";
const LITIGATION_GROUPS = T4_GROUPS.filter((g) => g.key !== "review").map((g) => `t4.${g.key}.total`);
const ORG_COLUMNS = T3_INPUT_COLUMNS.filter((c) => c.key !== "natural").map((c) => `t3.received.${c.key}`);

export const PROSE_PATTERNS: readonly ProsePattern[] = [
  { ...t3Row(/收到|受理|新收|接收|接到/, "received"), requires: /申请/ },
  {
    id: "received.natural",
    keyword: /自然人(?:提出|提交)?的?申请/,
    cells: ["t3.received.natural"],
    label: `表三“${nameOf("t3.received.natural")}”`,
    unit: "count",
  },
  {
    id: "received.org",
    keyword: /法人(?:或|和)?(?:其他)?组织(?:提出|提交)?的?申请/,
    cells: ORG_COLUMNS,
    label: `表三“${cellByPath("t3.received.total")?.rowLabel}”中${T3_ORG_HEADER}${ORG_COLUMNS.length}列之和`,
    unit: "count",
  },
  t3Row(/上一?年度?结转|结转上一?年度?/, "carriedOver"),
  t3Row(/结转(?:至|到)?下一?年度?|转入下一?年度?/, "carriedForward"),
  t3Row(/予以公开|同意公开|全部公开/, "granted"),
  t3Row(/部分公开/, "partial"),
  t3Group(/不予公开/, "denied"),
  t3Row(/国家秘密/, "denied.stateSecret"),
  t3Row(/第三方合法权益/, "denied.thirdParty"),
  t3Row(/内部事务/, "denied.internalAffairs"),
  t3Row(/过程性信息/, "denied.processInfo"),
  t3Row(/行政执法案卷/, "denied.enforcementFile"),
  t3Row(/行政查询/, "denied.adminQuery"),
  t3Group(/无法提供/, "unavailable"),
  t3Row(/不掌握|信息不存在/, "unavailable.notHeld"),
  t3Row(/另行制作/, "unavailable.needsCreation"),
  t3Group(/不予处理/, "notProcessed"),
  t3Row(/信访举报投诉/, "notProcessed.petition"),
  t3Row(/重复申请/, "notProcessed.repeat"),
  t3Row(/公开出版物/, "notProcessed.publication"),
  t3Group(/其他处理/, "otherHandling"),
  t3Row(/办结/, "total"),
  t2Cell(new RegExp(`${ISSUE}[^\\d]{0,4}规章`), "t2.regulations.issued"),
  t2Cell(/废止[^\d]{0,4}规章/, "t2.regulations.repealed"),
  t2Cell(new RegExp(`${ISSUE}[^\\d]{0,6}规范性文件`), "t2.normativeDocs.issued"),
  t2Cell(/废止[^\d]{0,6}规范性文件/, "t2.normativeDocs.repealed"),
  t2Cell(/现行有效[^\d]{0,6}规范性文件|规范性文件现行有效/, "t2.normativeDocs.valid"),
  t2Cell(/行政许可/, "t2.licensing.decisions"),
  t2Cell(/行政处罚/, "t2.penalty.decisions"),
  t2Cell(/行政强制/, "t2.coercion.decisions"),
  t2Cell(/行政事业性收费/, "t2.fees.amount", "amount"),
  {
    id: "review",
    keyword: /行政复议/,
    cells: ["t4.review.total"],
    label: `表四“${nameOf("t4.review.total")}”`,
    unit: "count",
  },
  {
    id: "litigation",
    keyword: /行政诉讼|行政应诉/,
    cells: LITIGATION_GROUPS,
    label: `表四“${T4_LITIGATION_HEADER}”${LITIGATION_GROUPS.length}组的总计之和`,
    unit: "count",
  },
];

/**
 * Sentences that state a figure is 0 without writing it (`未收到政府信息公开申请`, `未发生行政复议、行政诉讼`),
 * by pattern id. What follows the phrase in its clause must not narrow it (`未发生行政复议纠错`).
 */
export const ZERO_PHRASES: readonly { id: string; phrase: RegExp }[] = [
  { id: "received", phrase: /(?:未|没有)(?:收到|受理|接到)(?!的)[^，。；;\d]{0,12}申请(?!人)/g },
  { id: "review", phrase: /(?:未|没有)(?:发生|出现|收到|涉及)[^，。；;\d]{0,20}?行政复议/g },
  { id: "litigation", phrase: /(?:未|没有)(?:发生|出现|涉及)[^，。；;\d]{0,20}?行政诉讼/g },
];
export const ZERO_NARROWED = /纠错|纠正|败诉|撤销|维持/;
