/** One row of the status table per roster unit: filed or 未报送, balance, findings, and how alike its text is. */
import type { Balance, Evaluation } from "./evaluate";
import { allPairs, closest, comparedText, jaccard, type Pair, shingles } from "./similarity";
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
  closest: { other: string; score: number } | null;
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

export function unitPairs(evaluation: Evaluation): Pair[] {
  return allPairs(unitTexts(evaluation));
}

export function statusRows(evaluation: Evaluation, pairs: readonly Pair[]): StatusRow[] {
  const best = closest(pairs);
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
      closest: best.get(e.unit.name) ?? null,
      lastYear:
        now && e.lastYear
          ? jaccard(shingles(comparedText(now.report)), shingles(comparedText(e.lastYear.report)))
          : null,
    };
  });
}
