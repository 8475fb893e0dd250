/**
 * Findings an import made about its source document (stated totals that do not add up, tables cut short).
 * They are kept with the draft and shown until the clerk has dealt with them: a stated-total finding until
 * the cells behind that total change, a missing-section finding until its cells are filled in.
 */
import { cellValue, computeTotals, getAt, type Report } from "../report";
import type { Finding } from "./types";

export function openImportFindings(report: Report, findings: readonly Finding[] = []): Finding[] {
  if (findings.length === 0) return [];
  const totals = computeTotals(report);
  return findings.filter((finding) => {
    if (finding.id === "stated-total") {
      return finding.expected === undefined || cellValue(report, totals, finding.cells[0]) === finding.expected;
    }
    if (finding.id === "missing-section" && finding.cells.length > 0) {
      return finding.cells.some((path) => getAt(report, path) == null);
    }
    return true;
  });
}
