/**
 * Text similarity between units' reports and against last year: the Jaccard index of 3-character shingles of
 * 一、总体情况 and 五、存在的主要问题及改进情况, with white space and punctuation dropped and digit runs read as one
 * symbol (as the copied-text check does), so changed years and figures do not hide a copied text. The shared
 * passages are the maximal common runs, shown side by side.
 */
import { comparable } from "../checks/copiedText";
import { sectionProse } from "../checks/proseFields";
import type { Report } from "../report";

export const SHINGLE = 3;
/** A shared run shorter than this (`政府信息公开工作`) is common wording, not a copied passage. */
export const MIN_PASSAGE = 15;

/** The compared text of a report: the bodies of 一 and 五, normalised. */
export function comparedText(report: Report): string {
  return comparable(
    sectionProse(report, ["s1", "s5"])
      .map((f) => f.text)
      .join(""),
  );
}

export function shingles(text: string, size = SHINGLE): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + size <= chars.length; i++) out.add(chars.slice(i, i + size).join(""));
  return out;
}

/** |A∩B| / |A∪B|, 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface SharedPassage {
  text: string;
  /** Where it starts in each compared text (code points). */
  at: [number, number];
}

/** Maximal runs of `a` found in `b`, longest match first at each place, at least MIN_PASSAGE long, in `a`'s order. */
export function sharedPassages(a: string, b: string, min = MIN_PASSAGE): SharedPassage[] {
  const x = [...a];
  const y = [...b];
  const starts = new Map<string, number[]>();
  for (let j = 0; j + SHINGLE <= y.length; j++) {
    const key = y.slice(j, j + SHINGLE).join("");
    const list = starts.get(key);
    if (list) list.push(j);
    else starts.set(key, [j]);
  }
  const out: SharedPassage[] = [];
  let i = 0;
  while (i + SHINGLE <= x.length) {
    let best = 0;
    let bestAt = -1;
    for (const j of starts.get(x.slice(i, i + SHINGLE).join("")) ?? []) {
      let n = SHINGLE;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
      if (n > best) [best, bestAt] = [n, j];
    }
    if (best >= min) {
      out.push({ text: x.slice(i, i + best).join(""), at: [i, bestAt] });
      i += best;
    } else i++;
  }
  return out;
}

export interface Pair {
  a: string;
  b: string;
  score: number;
}

/** Every pair of the named texts with its score, most alike first. */
export function allPairs(texts: ReadonlyMap<string, string>): Pair[] {
  const sets = [...texts].map(([name, text]) => [name, shingles(text)] as const);
  const pairs: Pair[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      pairs.push({ a: sets[i][0], b: sets[j][0], score: jaccard(sets[i][1], sets[j][1]) });
    }
  }
  return pairs.sort((p, q) => q.score - p.score);
}

/** Pairs at least this alike are worth a look; below it two reports share little beyond stock wording. */
export const ALIKE = 0.3;
/** The most alike pairs listed; with hundreds of units the rest would bury them. */
export const MOST_LISTED = 50;

/** The pairs to list (most alike first, at least `min`, at most `most`) and how many more are as alike. */
export function alikePairs(pairs: readonly Pair[], min = ALIKE, most = MOST_LISTED): { listed: Pair[]; more: number } {
  const alike = pairs.filter((p) => p.score >= min);
  return { listed: alike.slice(0, most), more: Math.max(0, alike.length - most) };
}

/** For each name, its most alike other text (null when it is the only one). */
export function closest(pairs: readonly Pair[]): Map<string, { other: string; score: number }> {
  const best = new Map<string, { other: string; score: number }>();
  for (const { a, b, score } of pairs) {
    if ((best.get(a)?.score ?? -1) < score) best.set(a, { other: b, score });
    if ((best.get(b)?.score ?? -1) < score) best.set(b, { other: a, score });
  }
  return best;
}
