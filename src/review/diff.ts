/** What changed between the reviewed snapshot and the current draft: every field and cell, old → new. */
import { getAt, type Report } from "../report";
import { fieldLabel, INPUT_CELLS, META_FIELD_LABELS, SECTIONS } from "../template";

export interface FieldChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** Every path a person can edit, in document order. */
export function editablePaths(): string[] {
  return [
    ...Object.keys(META_FIELD_LABELS),
    ...SECTIONS.flatMap((s) => {
      if (s.table) return INPUT_CELLS.filter((c) => c.table === s.table).map((c) => c.path);
      if (s.subItems.length === 0) return [`${s.key}.body`];
      return s.subItems.flatMap((item) => [`${s.key}.${item.key}.heading`, `${s.key}.${item.key}.body`]);
    }),
  ];
}

export function diffReports(before: Report, after: Report): FieldChange[] {
  return editablePaths().flatMap((path): FieldChange[] => {
    const a = getAt(before, path) ?? null;
    const b = getAt(after, path) ?? null;
    return Object.is(a, b) ? [] : [{ path, label: fieldLabel(path), before: a, after: b }];
  });
}
