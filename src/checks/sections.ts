import type { SectionKey, TableKey } from "../template";
import { SECTIONS } from "../template";

export function sectionOfTable(table: TableKey): SectionKey {
  const section = SECTIONS.find((s) => s.table === table);
  if (!section) throw new Error(`no section shows table ${table}`);
  return section.key;
}
