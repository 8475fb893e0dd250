import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { hongshan2022, hongshan2023Rewritten } from "../testing/otherReports";
import { unitReports } from "../testing/unitReports";
import {
  ALIKE,
  alikePairs,
  comparedText,
  jaccard,
  MIN_PASSAGE,
  type Pair,
  sharedPassages,
  shingles,
  similarity,
} from "./similarity";

/** The direct computation the inverted index must agree with: every pair's sets compared, sorted stably. */
function everyPair(texts: ReadonlyMap<string, string>): Pair[] {
  const sets = [...texts].map(([name, text]) => [name, shingles(text)] as const);
  const pairs: Pair[] = [];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++)
      pairs.push({ a: sets[i][0], b: sets[j][0], score: jaccard(sets[i][1], sets[j][1]) });
  return pairs.sort((p, q) => q.score - p.score);
}

function closestOf(pairs: readonly Pair[]): Map<string, { other: string; score: number }> {
  const best = new Map<string, { other: string; score: number }>();
  for (const { a, b, score } of pairs) {
    if ((best.get(a)?.score ?? -1) < score) best.set(a, { other: b, score });
    if ((best.get(b)?.score ?? -1) < score) best.set(b, { other: a, score });
  }
  return best;
}

describe("shingled Jaccard", () => {
  it("is 1 for the same text, 0 for texts with no 3-character run in common", () => {
    expect(jaccard(shingles("政府信息公开"), shingles("政府信息公开"))).toBe(1);
    expect(jaccard(shingles("甲乙丙丁"), shingles("戊己庚辛"))).toBe(0);
    expect(jaccard(shingles(""), shingles(""))).toBe(0);
    // 甲乙丙, 乙丙丁 vs 乙丙丁, 丙丁戊: one of three.
    expect(jaccard(shingles("甲乙丙丁"), shingles("乙丙丁戊"))).toBeCloseTo(1 / 3);
  });

  it("finds a report copied from last year with new figures, and not one rewritten", () => {
    const copied = jaccard(shingles(comparedText(hongshan2023())), shingles(comparedText(hongshan2022())));
    const rewritten = jaccard(shingles(comparedText(hongshan2023Rewritten())), shingles(comparedText(hongshan2022())));
    expect(copied).toBeGreaterThan(0.8);
    expect(rewritten).toBeLessThan(0.3);
  });
});

describe("sharedPassages", () => {
  it("gives each maximal run the two texts share, where it stands in each", () => {
    const shared = "本机关严格落实政府信息公开保密审查制度全年未发生泄密事件";
    const a = `甲街道今年新增${shared}另有其他`;
    const b = `乙单位${shared}完毕`;
    expect(sharedPassages(a, b)).toEqual([{ text: shared, at: [7, 3] }]);
  });

  it("ignores common wording shorter than a passage", () => {
    expect(sharedPassages("甲政府信息公开工作乙", "丙政府信息公开工作丁")).toEqual([]);
    expect("政府信息公开工作".length).toBeLessThan(MIN_PASSAGE);
  });
});

describe("similarity", () => {
  it("ranks pairs most alike first and names each text's closest other", () => {
    const texts = new Map([
      ["甲", comparedText(hongshan2023())],
      ["乙", comparedText(hongshan2022())],
      ["丙", comparedText(hongshan2023Rewritten())],
    ]);
    const { alike, closest } = similarity(texts);
    expect(alike.map((p) => [p.a, p.b])).toEqual([["甲", "乙"]]);
    expect(closest.get("甲")?.other).toBe("乙");
    expect(closest.get("丙")?.score).toBeLessThan(0.3);
  });

  it("finds exactly the pairs and closest units the direct computation of every pair finds", () => {
    // 120 generated units: own texts sharing stock phrases, every 7th a copy of the one before, and texts that
    // share nothing with the rest, one empty.
    const texts = new Map(unitReports(120, { copyEvery: 7 }).map((u) => [u.unit, comparedText(u.report)]));
    texts.set("无关单位", "甲乙丙丁戊己庚辛壬癸");
    texts.set("空白单位", "");
    const direct = everyPair(texts);
    const { alike, closest } = similarity(texts);
    const directAlike = direct.filter((p) => p.score >= ALIKE);
    expect(directAlike.length).toBeGreaterThanOrEqual(17);
    expect(alike).toEqual(directAlike);
    expect(closest).toEqual(closestOf(direct));
  });

  it("reports its progress up to every pair", () => {
    const texts = new Map(["甲", "乙", "丙", "丁"].map((n) => [n, `${n}政府信息公开`]));
    const seen: number[] = [];
    similarity(texts, (done, total) => {
      expect(total).toBe(6);
      seen.push(done);
    });
    expect(seen).toEqual([0, 1, 3, 6]);
  });
});

describe("alikePairs", () => {
  it("lists the most alike pairs down to the threshold, at most so many, and counts the rest", () => {
    const pairs = [0.9, 0.8, 0.5, 0.31, 0.2].map((score, i) => ({ a: `甲${i}`, b: `乙${i}`, score }));
    expect(alikePairs(pairs, 0.3, 10)).toEqual({ listed: pairs.slice(0, 4), more: 0 });
    expect(alikePairs(pairs, 0.3, 2)).toEqual({ listed: pairs.slice(0, 2), more: 2 });
    expect(alikePairs(pairs, 0.95, 2)).toEqual({ listed: [], more: 0 });
  });
});
