/** The roster of a collection: the units expected to file, typed or pasted one per line. */
import type { OrganType } from "../template";
import { normaliseName, organTypeOf } from "./names";

export interface RosterUnit {
  /** As the office wrote it (trimmed). */
  name: string;
  /** Inferred from the name's ending; "" when the name does not say. */
  organType: OrganType | "";
}

/** A list number or bullet a pasted list may carry: `1.`, `2、`, `（3）`, `•`. */
const LIST_MARK = /^\s*(?:[（(]?\d+[)）.、．]|[•·\-*])\s*/;

/** One unit per non-empty line; list numbers dropped; a name repeated (after normalising) is kept once. */
export function parseRoster(text: string): RosterUnit[] {
  const seen = new Set<string>();
  const units: RosterUnit[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.replace(LIST_MARK, "").trim();
    const key = normaliseName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    units.push({ name, organType: organTypeOf(name) });
  }
  return units;
}

/** The roster as the text box shows it again, one name a line. */
export function rosterText(units: readonly RosterUnit[]): string {
  return units.map((u) => u.name).join("\n");
}
