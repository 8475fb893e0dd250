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

/** By report: the status table, the worker's input and the passages ask for the same report's text again. */
const textBefore = new WeakMap<Report, string>();

/** The compared text of a report: the bodies of 一 and 五, normalised. */
export function comparedText(report: Report): string {
  let text = textBefore.get(report);
  if (text === undefined) {
    text = comparable(
      sectionProse(report, ["s1", "s5"])
        .map((f) => f.text)
        .join(""),
    );
    textBefore.set(report, text);
  }
  return text;
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

export interface Closest {
  other: string;
  score: number;
}

/** What the status table and 文字相似度 show of all pairs: the pairs at least ALIKE, and each text's closest other. */
export interface Similarity {
  /** Every pair scoring at least ALIKE, most alike first (ties in the texts' order). */
  alike: Pair[];
  /** Each text's most alike other (the first such pair in the order above); absent when it is the only text. */
  closest: Map<string, Closest>;
}

/** Called now and then while comparing: pairs compared so far, of all. */
export type Progress = (done: number, total: number) => void;

/** Each text's distinct shingles as ids, in a shared numbering. */
function shingleIds(texts: readonly string[]): Int32Array[] {
  const ids = new Map<string, number>();
  return texts.map((text) =>
    Int32Array.from(shingles(text), (s) => {
      let id = ids.get(s);
      if (id === undefined) {
        id = ids.size;
        ids.set(s, id);
      }
      return id;
    }),
  );
}

/**
 * The Jaccard index of every pair, exactly, through an inverted index: each text in turn adds one to its count
 * with every earlier text holding each of its shingles, so the work is the shingles two texts share, not every
 * pair's sets compared. Every pair is scored (pairs sharing nothing score 0), so nothing the direct computation
 * finds is lost.
 */
export function similarity(texts: ReadonlyMap<string, string>, onProgress?: Progress): Similarity {
  const names = [...texts.keys()];
  const docs = shingleIds([...texts.values()]);
  const postings: number[][] = [];
  const shared = new Int32Array(names.length);
  const total = (names.length * (names.length - 1)) / 2;
  const alike: { i: number; j: number; score: number }[] = [];
  const best: { other: number; score: number }[] = names.map(() => ({ other: -1, score: -1 }));
  // Ties go to the pair first in the texts' order (by its first text, then its second), as a stable sort of all
  // pairs would have it.
  const order = (a: number, b: number) => (a < b ? a * names.length + b : b * names.length + a);
  const offer = (unit: number, other: number, score: number) => {
    const known = best[unit];
    if (score > known.score || (score === known.score && order(unit, other) < order(unit, known.other)))
      best[unit] = { other, score };
  };
  for (let j = 0; j < names.length; j++) {
    shared.fill(0, 0, j);
    for (const s of docs[j]) {
      const list = postings[s];
      if (!list) {
        postings[s] = [j];
        continue;
      }
      for (const i of list) shared[i]++;
      list.push(j);
    }
    for (let i = 0; i < j; i++) {
      const union = docs[i].length + docs[j].length - shared[i];
      const score = union === 0 ? 0 : shared[i] / union;
      if (score >= ALIKE) alike.push({ i, j, score });
      offer(i, j, score);
      offer(j, i, score);
    }
    onProgress?.((j * (j + 1)) / 2, total);
  }
  alike.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  return {
    alike: alike.map(({ i, j, score }) => ({ a: names[i], b: names[j], score })),
    closest: new Map(
      best.flatMap((b, i) => (b.other < 0 ? [] : [[names[i], { other: names[b.other], score: b.score }] as const])),
    ),
  };
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
