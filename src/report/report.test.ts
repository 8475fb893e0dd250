import { describe, expect, it } from "vitest";
import { DERIVED_CELLS } from "../template";
import { REFUSED_VALUES } from "../testing/exportSamples";
import { hongshan2023 } from "../testing/hongshan2023";
import { blankReport, computeTotals, derivedInputs, getAt, reportSchema, setAt } from ".";

describe("blankReport", () => {
  it("validates against the schema, with every cell blank and default headings", () => {
    const report = blankReport();
    expect(reportSchema.parse(report)).toEqual(report);
    expect(getAt(report, "t3.denied.stateSecret.natural")).toBeNull();
    expect(getAt(report, "t2.fees.amount")).toBeNull();
    expect(getAt(report, "t4.review.upheld")).toBeNull();
    expect(getAt(report, "t3.received.total")).toBeUndefined();
    expect(report.s1.proactive).toEqual({ heading: "主动公开", body: "" });
    expect(report.s5.improvements.heading).toBe("改进情况");
  });
});

describe("reportSchema", () => {
  it("refuses unknown keys, derived cells and wrong types", () => {
    expect(reportSchema.safeParse(setAt(blankReport(), "t3.received.total", 2)).success).toBe(false);
    expect(reportSchema.safeParse(setAt(blankReport(), "t3.received.natural", "2")).success).toBe(false);
    expect(reportSchema.safeParse(setAt(blankReport(), "meta.colour", "red")).success).toBe(false);
    expect(reportSchema.safeParse(setAt(blankReport(), "meta.organType", "街道")).success).toBe(false);
    expect(reportSchema.safeParse(setAt(blankReport(), "meta.publishDate", "2024-02-30")).success).toBe(false);
    expect(reportSchema.safeParse(setAt(blankReport(), "meta.publishDate", "2024-01-20")).success).toBe(true);
  });

  it("refuses what a cell or 报告年度 does not accept, as typing does (a draft keeps it: drafts/reportShape.ts)", () => {
    for (const [path, value] of REFUSED_VALUES) {
      expect(reportSchema.safeParse(setAt(blankReport(), path, value)).success, `${path} = ${value}`).toBe(false);
    }
    expect(reportSchema.safeParse(setAt(blankReport(), "t2.fees.amount", 1.2345)).success).toBe(true);
  });
});

describe("setAt", () => {
  it("copies the path it changes and shares the rest", () => {
    const before = blankReport();
    const after = setAt(before, "t3.denied.stateSecret.natural", 4);
    expect(getAt(after, "t3.denied.stateSecret.natural")).toBe(4);
    expect(getAt(before, "t3.denied.stateSecret.natural")).toBeNull();
    expect(after.t2).toBe(before.t2);
    expect((after.t3 as Record<string, unknown>).received).toBe((before.t3 as Record<string, unknown>).received);
  });
});

describe("computeTotals", () => {
  it("is all zeros for a blank report", () => {
    const totals = computeTotals(blankReport());
    expect(Object.keys(totals)).toHaveLength(25 + 6 + 3);
    expect(Object.values(totals).every((v) => v === 0)).toBe(true);
  });

  it("sums rows, the （七）总计 row over the 21 outcome rows, and each 四 group", () => {
    let r = blankReport();
    const entries: [string, number][] = [
      ["t3.received.natural", 10],
      ["t3.received.commercial", 3],
      ["t3.carriedOver.natural", 1],
      ["t3.granted.natural", 4],
      ["t3.partial.natural", 2],
      ["t3.denied.stateSecret.commercial", 1],
      ["t3.unavailable.notHeld.natural", 3],
      ["t3.notProcessed.repeat.commercial", 2],
      ["t3.otherHandling.other.natural", 1],
      ["t3.carriedForward.natural", 1],
      ["t4.review.upheld", 2],
      ["t4.review.pending", 1],
      ["t4.litigationAfterReview.corrected", 1],
    ];
    for (const [path, value] of entries) r = setAt(r, path, value);
    const totals = computeTotals(r);
    expect(totals["t3.received.total"]).toBe(13);
    expect(totals["t3.total.natural"]).toBe(10);
    expect(totals["t3.total.commercial"]).toBe(3);
    expect(totals["t3.total.total"]).toBe(13);
    expect(totals["t3.denied.stateSecret.total"]).toBe(1);
    expect(totals["t3.carriedForward.total"]).toBe(1);
    expect(totals["t4.review.total"]).toBe(3);
    expect(totals["t4.litigationDirect.total"]).toBe(0);
    expect(totals["t4.litigationAfterReview.total"]).toBe(1);
  });

  it("does not count the carried-over rows into （七）总计", () => {
    const r = setAt(setAt(blankReport(), "t3.received.natural", 5), "t3.carriedForward.natural", 5);
    expect(computeTotals(r)["t3.total.natural"]).toBe(0);
  });

  it("gives the seed report's totals", () => {
    const totals = computeTotals(hongshan2023());
    expect(totals["t3.received.total"]).toBe(2);
    expect(totals["t3.total.natural"]).toBe(2);
    expect(totals["t3.total.total"]).toBe(2);
    expect(totals["t4.review.total"]).toBe(0);
  });
});

describe("derivedInputs", () => {
  it("names the entered cells behind each derived cell", () => {
    expect(derivedInputs("t3.received.total")).toEqual(
      ["natural", "commercial", "research", "publicInterest", "legalService", "otherOrg"].map(
        (c) => `t3.received.${c}`,
      ),
    );
    expect(derivedInputs("t3.total.natural")).toHaveLength(21);
    expect(derivedInputs("t3.total.total")).toHaveLength(126);
    expect(derivedInputs("t4.review.total")).toEqual([
      "t4.review.upheld",
      "t4.review.corrected",
      "t4.review.other",
      "t4.review.pending",
    ]);
    expect(derivedInputs("t3.received.natural")).toEqual([]);
    for (const cell of DERIVED_CELLS) expect(derivedInputs(cell.path).length).toBeGreaterThan(0);
  });
});
