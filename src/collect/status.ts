/** One row of the status table per roster unit: filed or 未报送, balance, findings, and how alike its text is. */

import type { Report } from "../report";
import type { Balance, Evaluation } from "./evaluate";
import { type Closest, comparedText, jaccard, type Similarity, shingles } from "./similarity";
import type { Submitted } from "./submitted";

export interface StatusRow {
  unit: string;
  organType: string;
  received: boolean;
  year: number | null;
  receivedAt: string | null;
  /** From a 定稿 file: its time and whether hash and signature hold; null for any other file. */
  submitted: Submitted | null;
  balance: Balance | null;
  errors: number | null;
  warnings: number | null;
  /** The other unit whose 一 and 五 are most alike, with the score (0…1). */
  closest: Closest | null;
  /** The units' texts are still being compared (in a worker): closest is not known yet. */
  comparing: boolean;
  /** Against the unit's own report of the year before, when received. */
  lastYear: number | null;
  /** The office's notes (notes.ts: 已退回…), filled in by the workspace, which reads them from storage. */
  review?: string;
}

/** Each filed unit's compared text (一 and 五). */
export function unitTexts(evaluation: Evaluation): Map<string, string> {
  return new Map(
    evaluation.entries.flatMap((e) => (e.current ? [[e.unit.name, comparedText(e.current.report)] as const] : [])),
  );
}

/** Against last year, by this year's report: computed once for the same two reports. */
const lastYearBefore = new WeakMap<Report, { lastYear: Report; score: number }>();

function lastYearScore(now: Report, lastYear: Report): number {
  const known = lastYearBefore.get(now);
  if (known?.lastYear === lastYear) return known.score;
  const score = jaccard(shingles(comparedText(now)), shingles(comparedText(lastYear)));
  lastYearBefore.set(now, { lastYear, score });
  return score;
}

/** The rows; `similarity` null while the units' texts are being compared. */
export function statusRows(evaluation: Evaluation, similarity: Similarity | null): StatusRow[] {
  return evaluation.entries.map((e): StatusRow => {
    const now = e.current;
    return {
      unit: e.unit.name,
      organType: e.unit.organType || now?.report.meta.organType || "",
      received: now !== null,
      year: now?.report.meta.year ?? null,
      receivedAt: now?.file.receivedAt ?? null,
      submitted: now?.submitted ?? null,
      balance: now ? e.balance : null,
      errors: now ? e.errors : null,
      warnings: now ? e.warnings : null,
      closest: similarity?.closest.get(e.unit.name) ?? null,
      comparing: now !== null && similarity === null,
      lastYear: now && e.lastYear ? lastYearScore(now.report, e.lastYear.report) : null,
    };
  });
}
