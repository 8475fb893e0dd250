/**
 * copied-text: 一, 五 or 六 nearly identical to last year's report (内容雷同). Similarity is the Dice coefficient of
 * the two texts' character bigrams (as multisets), after dropping white space and punctuation and reading every run
 * of digits as one symbol, so changing the years and figures of a copied text does not hide it.
 * See docs/checks.md for why 90% is the threshold.
 */
import type { Report } from "../report";
import { type SectionKey, sectionDef } from "../template";
import { fingerprintOf } from "./fingerprint";
import { sectionProse } from "./proseFields";
import type { CheckContext, Finding } from "./types";

export const COPIED_THRESHOLD = 0.9;
/** Shorter texts (`无`, one stock sentence) are alike in every report and prove nothing. */
export const COPIED_MIN_LENGTH = 40;

/** The text as compared: no white space or punctuation, digit runs as `#`. */
export function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, "").replace(/\d+/g, "#");
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i] + chars[i + 1];
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of character bigrams, 0…1; texts are normalised with `comparable` first. */
export function similarity(a: string, b: string): number {
  const x = bigrams(comparable(a));
  const y = bigrams(comparable(b));
  let size = 0;
  let shared = 0;
  for (const n of x.values()) size += n;
  for (const [pair, n] of y) {
    size += n;
    shared += Math.min(n, x.get(pair) ?? 0);
  }
  return size === 0 ? 0 : (2 * shared) / size;
}

const COMPARED: readonly SectionKey[] = ["s1", "s5", "s6"];

export function copiedTextCheck(report: Report, { lastYear }: CheckContext): Finding[] {
  if (!lastYear) return [];
  const lastName = lastYear.meta.year ? `${lastYear.meta.year}年` : "上年";
  return COMPARED.flatMap((section): Finding[] => {
    const now = sectionProse(report, [section]);
    const before = sectionProse(lastYear, [section]);
    const text = now.map((f) => f.text).join("\n");
    const lastText = before.map((f) => f.text).join("\n");
    if (comparable(text).length < COPIED_MIN_LENGTH || comparable(lastText).length < COPIED_MIN_LENGTH) return [];
    const score = similarity(text, lastText);
    if (score < COPIED_THRESHOLD) return [];
    const percent = Math.floor(score * 100);
    return [
      {
        id: "copied-text",
        severity: "warning",
        message:
          `“${sectionDef(section).title}”与${lastName}报告的相似度为${percent}%（不计标点和数字），内容基本照搬上年。` +
          "年度报告应当反映本年度的实际工作；请结合本年度情况重写" +
          (section === "s5" ? "，并说明上年报告所列问题的整改情况。" : "。"),
        cells: now.filter((f) => f.text.trim()).map((f) => f.path),
        section,
        actual: percent,
        fingerprint: fingerprintOf("copied-text", [section, lastYear.meta.year]),
      },
    ];
  });
}
