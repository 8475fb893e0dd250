/**
 * The one reader of labels as people copy them, for import and for grid paste alike. A written label is
 * normalised (template spec section 8: full/half-width forms, white space, quotes, bold marks, `1.`/`1．`/`1、`),
 * then matched to the template's labels: exactly, then in a known variant form (without its ordinal, without
 * its note in brackets, without a leading `属于`), then as a near miss (a few characters off, by edit distance).
 * A near miss is reported as such, so the caller can say what it read loosely and name the official text.
 */

const CN_NUMERAL = "一二三四五六七八九十";
// Built once: normLabel runs on every cell of an imported table, 100,000 of them in a row of pipes.
const LEADING_ORDINAL = new RegExp(`^([${CN_NUMERAL}]+|\\d+)[、.,]`);
const ORDINAL_PREFIX = new RegExp(`^(\\(([${CN_NUMERAL}]+|\\d+)\\)|([${CN_NUMERAL}]+|\\d+)\\.)`);

/** A label as compared: full-width forms folded, white space, quotes and bold marks removed. */
export function normLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\*\*|__/g, "")
    .replace(/[\s\u200b-\u200f\u2028\u2029\ufeff]/g, "")
    .replace(/[“”‘’"'「」『』]/g, "")
    .replace(LEADING_ORDINAL, "$1.")
    .replace(/[。:;,]$/, "");
}

/** A normalised label without its leading ordinal: `（三）不予公开` → `不予公开`, `1.重复申请` → `重复申请`. */
export function withoutOrdinal(norm: string): string {
  return norm.replace(ORDINAL_PREFIX, "");
}

/** `（二）部分公开（区分处理的…）` → `（二）部分公开`, on a normalised label. */
const withoutNote = (norm: string) => norm.replace(/\([^()]*\)$/, "");
/** `属于三类内部事务信息` is often printed `三类内部事务信息`. */
const withoutBelongs = (norm: string) => norm.replace(/^属于/, "");

/** Variant forms, loosest last; each is tried against the same form of every template label. */
const FORMS: readonly ((norm: string) => string)[] = [
  withoutOrdinal,
  withoutNote,
  (n) => withoutOrdinal(withoutNote(n)),
  (n) => withoutBelongs(withoutOrdinal(withoutNote(n))),
];
const BARE = FORMS[FORMS.length - 1];

/** How a written label was matched: `near` means a few characters differ from the template's text. */
export type LabelHow = "exact" | "variant" | "near";

export interface LabelMatch<T> {
  value: T;
  /** The template's label that was matched. */
  label: string;
  how: LabelHow;
}

/** Near misses: at most this share of the characters differ, and never in labels this short. */
const NEAR_SHARE = 0.3;
const NEAR_MIN_LENGTH = 4;
/** Longer text is a sentence, not a label: not worth an edit-distance scan. */
const NEAR_MAX_LENGTH = 60;

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

export interface LabelReader<T> {
  /**
   * The entry a written label names. `loose` allows variant forms and near misses; without it only the
   * normalised label counts (a header row's `其他` or `总计` must not be taken for the row `3.其他`).
   */
  read(text: string, loose?: boolean): LabelMatch<T> | undefined;
}

interface Entry<T> {
  label: string;
  value: T;
}

/** Entries whose key is shared by an entry of another value are ambiguous under that key and left out. */
function uniqueIndex<T>(entries: readonly Entry<T>[], key: (norm: string) => string): Map<string, Entry<T>> {
  const seen = new Map<string, Entry<T> | null>();
  for (const entry of entries) {
    const k = key(normLabel(entry.label));
    const before = seen.get(k);
    seen.set(k, before === undefined || before?.value === entry.value ? (before ?? entry) : null);
  }
  return new Map([...seen].filter((e): e is [string, Entry<T>] => e[1] !== null));
}

export function labelReader<T>(entries: readonly Entry<T>[]): LabelReader<T> {
  const exact = uniqueIndex(entries, (n) => n);
  const variants = FORMS.map((form) => uniqueIndex(entries, form));
  const bare = entries.map((e) => ({ entry: e, form: BARE(normLabel(e.label)) }));
  const near = (form: string): Entry<T> | undefined => {
    if (form.length < NEAR_MIN_LENGTH || form.length > NEAR_MAX_LENGTH) return undefined;
    const limit = Math.floor(form.length * NEAR_SHARE);
    let best: Entry<T> | undefined;
    let bestDistance = limit + 1;
    let tie = false;
    for (const b of bare) {
      if (b.form.length < NEAR_MIN_LENGTH) continue;
      const d = editDistance(form, b.form, limit);
      if (d === 0) return undefined; // the same words as an ambiguous label: not a near miss
      if (d < bestDistance) [best, bestDistance, tie] = [b.entry, d, false];
      else if (d === bestDistance && b.entry.value !== best?.value) tie = true;
    }
    return best && !tie ? best : undefined;
  };
  return {
    read(text, loose = true) {
      const norm = normLabel(text);
      const hit = exact.get(norm);
      if (hit) return { value: hit.value, label: hit.label, how: "exact" };
      if (!loose || norm === "") return undefined;
      for (const index of variants) {
        for (const form of FORMS) {
          const v = index.get(form(norm));
          if (v) return { value: v.value, label: v.label, how: "variant" };
        }
      }
      const n = near(BARE(norm));
      return n ? { value: n.value, label: n.label, how: "near" } : undefined;
    },
  };
}
