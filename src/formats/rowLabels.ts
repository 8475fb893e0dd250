/**
 * The row labels of tables 二 and 三 as an importer looks them up, through the template's label reader
 * (`src/template/labelReader.ts`, shared with grid paste). Built from the template; no label is typed here.
 */
import {
  type LabelMatch,
  labelReader,
  normLabel,
  T2_GROUPS,
  T3_INPUT_COLUMNS,
  T3_ROWS,
  T3_TREE,
  TABLE_LAYOUTS,
  type TableKey,
  t3Path,
} from "../template";

export interface RowTarget {
  table: Extract<TableKey, "t2" | "t3">;
  /** Row key inside its table, e.g. `denied.stateSecret` or `regulations`. */
  key: string;
  /** The template's label of the row, for messages. */
  label: string;
  /** Key paths of the row's entered cells, in the order the document prints them. */
  paths: readonly string[];
  derived: boolean;
}

function t2Targets(): RowTarget[] {
  return T2_GROUPS.flatMap((g) =>
    g.rows.map((row) => ({
      table: "t2" as const,
      key: row.key,
      label: row.label,
      paths: g.fields.map((f) => `t2.${row.key}.${f.key}`),
      derived: false,
    })),
  );
}

function t3Targets(): RowTarget[] {
  return T3_ROWS.map((row) => ({
    table: "t3" as const,
    key: row.key,
    label: row.labels.slice(1).join(" ") || row.labels[0],
    paths: row.derived ? [] : T3_INPUT_COLUMNS.map((c) => t3Path(row.key, c.key)),
    derived: row.derived,
  }));
}

export const ROW_TARGETS: readonly RowTarget[] = [...t2Targets(), ...t3Targets()];

const leafLabel = (target: RowTarget) =>
  target.table === "t2" ? target.label : (T3_ROWS.find((r) => r.key === target.key)?.labels.at(-1) ?? target.label);

const ROWS = labelReader(ROW_TARGETS.map((target) => ({ label: leafLabel(target), value: target })));

/**
 * The row a label names, and how it was matched. `loose` also accepts variants and near misses; a row
 * without any figure (a header) must match exactly, so the header cells `其他` and `总计` are not taken for rows.
 */
export function matchRow(label: string, loose: boolean): LabelMatch<RowTarget> | undefined {
  return ROWS.read(label, loose);
}

/** Normalised labels of the groups of table 三 (`（三）不予公开`…), mapped to their group key. */
export const T3_GROUP_LABELS: ReadonlyMap<string, string> = new Map(
  T3_TREE.flatMap((node) => ("children" in node ? node.children : []))
    .filter((node) => "children" in node)
    .map((node) => [normLabel(node.label), "group" in node ? node.group : ""]),
);

/** Every label cell of the three tables (headings and row labels), by the table it belongs to. */
export const LAYOUT_LABELS = labelReader(
  Object.values(TABLE_LAYOUTS).flatMap((layout) =>
    [...layout.header, ...layout.body].flatMap((row) =>
      row.flatMap((c) => (c.kind === "label" ? [{ label: c.text, value: layout.table }] : [])),
    ),
  ),
);

const TABLE_LABELS = new Set(
  Object.values(TABLE_LAYOUTS).flatMap((layout) =>
    [...layout.header, ...layout.body].flatMap((row) =>
      row.flatMap((c) => (c.kind === "label" ? [normLabel(c.text)] : [])),
    ),
  ),
);

/** Whether text is one of the tables' labels as printed (after normalisation), a heading or a row label. */
export function isTableLabel(text: string): boolean {
  return TABLE_LABELS.has(normLabel(text));
}
