import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { hongshan2022, hongshan2023Rewritten } from "../testing/otherReports";
import {
  alikePairs,
  allPairs,
  closest,
  comparedText,
  jaccard,
  MIN_PASSAGE,
  sharedPassages,
  shingles,
} from "./similarity";

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

describe("allPairs and closest", () => {
  it("ranks pairs most alike first and names each text's closest other", () => {
    const texts = new Map([
      ["甲", comparedText(hongshan2023())],
      ["乙", comparedText(hongshan2022())],
      ["丙", comparedText(hongshan2023Rewritten())],
    ]);
    const pairs = allPairs(texts);
    expect(pairs).toHaveLength(3);
    expect([pairs[0].a, pairs[0].b]).toEqual(["甲", "乙"]);
    const best = closest(pairs);
    expect(best.get("甲")?.other).toBe("乙");
    expect(best.get("丙")?.score).toBeLessThan(0.3);
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
