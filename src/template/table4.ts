/** Table 四 — 政府信息公开行政复议、行政诉讼情况: 15 number columns, one data row. */
import { type CellDef, cellDef, type LayoutRow, label, type TableLayout } from "./layout";

export const T4_COLUMNS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;
export type T4ColumnKey = (typeof T4_COLUMNS)[number]["key"];
export const T4_INPUT_COLUMNS = T4_COLUMNS.filter((c) => c.key !== "total");

export const T4_REVIEW_HEADER = "行政复议";
export const T4_LITIGATION_HEADER = "行政诉讼";

export const T4_GROUPS = [
  { key: "review", label: "行政复议", parent: null },
  { key: "litigationDirect", label: "未经复议直接起诉", parent: T4_LITIGATION_HEADER },
  { key: "litigationAfterReview", label: "复议后起诉", parent: T4_LITIGATION_HEADER },
] as const;
export type T4GroupKey = (typeof T4_GROUPS)[number]["key"];

export const T4_CELLS: readonly CellDef[] = T4_GROUPS.flatMap((g) =>
  T4_COLUMNS.map((col) =>
    cellDef("t4", `t4.${g.key}.${col.key}`, g.parent ? `${g.parent} ${g.label}` : g.label, col.label, {
      derived: col.key === "total",
    }),
  ),
);

const WIDTH = T4_GROUPS.length * T4_COLUMNS.length;
const span = T4_COLUMNS.length;

const HEADER: LayoutRow[] = [
  [label(T4_REVIEW_HEADER, span), label(T4_LITIGATION_HEADER, WIDTH - span)],
  [...T4_COLUMNS.map((c) => label(c.label, 1, 2)), ...T4_GROUPS.slice(1).map((g) => label(g.label, span))],
  T4_GROUPS.slice(1).flatMap(() => T4_COLUMNS.map((c) => label(c.label))),
];

export const T4_LAYOUT: TableLayout = {
  table: "t4",
  columns: WIDTH,
  header: HEADER,
  body: [
    T4_GROUPS.flatMap((g) =>
      T4_COLUMNS.map((c) => ({
        kind: c.key === "total" ? ("derived" as const) : ("input" as const),
        path: `t4.${g.key}.${c.key}`,
        colspan: 1,
      })),
    ),
  ],
};
