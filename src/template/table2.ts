/** Table 二 — 主动公开政府信息情况: four groups of 第二十条, four columns wide. */
import { type CellDef, cellDef, type LayoutRow, label, type TableLayout } from "./layout";

export interface T2Field {
  key: string;
  label: string;
}

export interface T2Group {
  article: string;
  /** Column headings after 信息内容; one field spans columns 2–4. */
  fields: readonly T2Field[];
  rows: readonly { key: string; label: string }[];
  kind: "count" | "amount";
}

export const T2_CONTENT_HEADER = "信息内容";

export const T2_GROUPS: readonly T2Group[] = [
  {
    article: "第二十条第（一）项",
    fields: [
      { key: "issued", label: "本年制发件数" },
      { key: "repealed", label: "本年废止件数" },
      { key: "valid", label: "现行有效件数" },
    ],
    rows: [
      { key: "regulations", label: "规章" },
      { key: "normativeDocs", label: "行政规范性文件" },
    ],
    kind: "count",
  },
  {
    article: "第二十条第（五）项",
    fields: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [{ key: "licensing", label: "行政许可" }],
    kind: "count",
  },
  {
    article: "第二十条第（六）项",
    fields: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "coercion", label: "行政强制" },
    ],
    kind: "count",
  },
  {
    article: "第二十条第（八）项",
    fields: [{ key: "amount", label: "本年收费金额（单位：万元）" }],
    rows: [{ key: "fees", label: "行政事业性收费" }],
    kind: "amount",
  },
];

const WIDTH = 4;

export const T2_CELLS: readonly CellDef[] = T2_GROUPS.flatMap((g) =>
  g.rows.flatMap((row) =>
    g.fields.map((f) => cellDef("t2", `t2.${row.key}.${f.key}`, row.label, f.label, { kind: g.kind })),
  ),
);

function groupRows(g: T2Group): LayoutRow[] {
  const span = g.fields.length === 1 ? WIDTH - 1 : 1;
  return [
    [label(g.article, WIDTH)],
    [label(T2_CONTENT_HEADER), ...g.fields.map((f) => label(f.label, span))],
    ...g.rows.map(
      (row): LayoutRow => [
        label(row.label),
        ...g.fields.map((f) => ({ kind: "input" as const, path: `t2.${row.key}.${f.key}`, colspan: span })),
      ],
    ),
  ];
}

/** Table 二 has no separate heading: every row, article lines included, is in the body. */
export const T2_LAYOUT: TableLayout = {
  table: "t2",
  columns: WIDTH,
  header: [],
  body: T2_GROUPS.flatMap(groupRows),
};
