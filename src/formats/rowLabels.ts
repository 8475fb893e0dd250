/**
 * The row labels of tables 二 and 三 as an importer looks them up: by the normalised label, then without
 * its ordinal, then without a trailing parenthetical note. Built from the template; no label is typed here.
 */
import { T2_GROUPS, T3_INPUT_COLUMNS, T3_ROWS, T3_TREE, type TableKey, t3Path } from "../template";
import { normLabel, withoutOrdinal } from "./text";

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

/** `（二）部分公开（区分处理的…）` → `（二）部分公开`, on a normalised label. */
const withoutNote = (norm: string) => norm.replace(/\([^()]*\)$/, "");

function uniqueIndex(key: (norm: string) => string): Map<string, RowTarget> {
  const seen = new Map<string, RowTarget | null>();
  for (const target of ROW_TARGETS) {
    const k = key(normLabel(leafLabel(target)));
    seen.set(k, seen.has(k) ? null : target);
  }
  return new Map([...seen].filter((e): e is [string, RowTarget] => e[1] !== null));
}

const EXACT = uniqueIndex((n) => n);
const LOOSE = [
  uniqueIndex(withoutOrdinal),
  uniqueIndex(withoutNote),
  uniqueIndex((n) => withoutOrdinal(withoutNote(n))),
];

/**
 * The row a label names. `loose` also accepts a label without its ordinal or note; a row without any
 * figure (a header) must match exactly, so the header cells `其他` and `总计` are not taken for rows.
 */
export function matchRow(label: string, loose: boolean): RowTarget | undefined {
  const norm = normLabel(label);
  const exact = EXACT.get(norm);
  if (exact || !loose) return exact;
  const forms = [withoutOrdinal(norm), withoutNote(norm), withoutOrdinal(withoutNote(norm))];
  for (const index of LOOSE) {
    for (const form of forms) {
      const hit = index.get(form);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Normalised labels of the groups of table 三 (`（三）不予公开`…), mapped to their group key. */
export const T3_GROUP_LABELS: ReadonlyMap<string, string> = new Map(
  T3_TREE.flatMap((node) => ("children" in node ? node.children : []))
    .filter((node) => "children" in node)
    .map((node) => [normLabel(node.label), "group" in node ? node.group : ""]),
);
