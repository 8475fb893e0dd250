/**
 * Which roster unit a received report belongs to, by name: the report's 机关全称 first, then the file name.
 * Names are compared normalised (normaliseName); a report that names the unit with its 区 in front
 * (`西工区红山街道办事处` for roster `红山街道办事处`) or the roster with it (the reverse) matches when exactly
 * one unit fits, so two units never share a file by guesswork.
 */

import { normaliseName } from "./names";
import type { RosterUnit } from "./roster";

/** Shorter than `红山街道` is too little of a name to match on its ending (`…局`, `…办`). */
const MIN_SUFFIX = 4;

type ByName = (name: string) => string | null;

/** Names looked up in a roster normalised once (a collection of 500 units matches 500 files). */
function byNameIn(roster: readonly RosterUnit[]): ByName {
  const units = roster.map((u) => ({ name: u.name, key: normaliseName(u.name) }));
  const exact = new Map(units.map((u) => [u.key, u.name] as const).reverse());
  return (name) => {
    const key = normaliseName(name);
    if (!key) return null;
    const found = exact.get(key);
    if (found) return found;
    const fits = units.filter(
      (u) => Math.min(u.key.length, key.length) >= MIN_SUFFIX && (key.endsWith(u.key) || u.key.endsWith(key)),
    );
    return fits.length === 1 ? fits[0].name : null;
  };
}

/** A file name without its folder, extension and the usual `2023年…年度报告` words around the unit's name. */
export function nameInFileName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/政府信息公开工作年度报告|年度报告|年报/g, "")
    .replace(/[0-9０-９]{4}\s*(?:年度?)?/g, "");
}

/** The roster unit (its name as in the roster) a report of `organ` read from `fileName` belongs to, or null. */
export function unitMatcher(roster: readonly RosterUnit[]): (organ: string, fileName: string) => string | null {
  const byName = byNameIn(roster);
  return (organ, fileName) => byName(organ) ?? byName(nameInFileName(fileName));
}
