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

function byName(roster: readonly RosterUnit[], name: string): string | null {
  const key = normaliseName(name);
  if (!key) return null;
  const exact = roster.find((u) => normaliseName(u.name) === key);
  if (exact) return exact.name;
  const fits = roster.filter((u) => {
    const unit = normaliseName(u.name);
    return Math.min(unit.length, key.length) >= MIN_SUFFIX && (key.endsWith(unit) || unit.endsWith(key));
  });
  return fits.length === 1 ? fits[0].name : null;
}

/** A file name without its folder, extension and the usual `2023年…年度报告` words around the unit's name. */
export function nameInFileName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/政府信息公开工作年度报告|年度报告|年报/g, "")
    .replace(/[0-9０-９]{4}\s*(?:年度?)?/g, "");
}

/** The roster unit (its name as in the roster) a report of `organ` read from `fileName` belongs to, or null. */
export function matchUnit(roster: readonly RosterUnit[], organ: string, fileName: string): string | null {
  return byName(roster, organ) ?? byName(roster, nameInFileName(fileName));
}
