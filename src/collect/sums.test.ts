import { describe, expect, it } from "vitest";
import { computeTotals, getAt, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { countyGovernment2023 } from "../testing/otherReports";
import { compareWithSum, sumUnits } from "./sums";

describe("sumUnits", () => {
  it("adds every entered cell over the units and computes the totals from the sums", () => {
    const a = hongshan2023();
    const b = setAt(hongshan2023(), "t3.received.natural", 5);
    const sums = sumUnits([
      { unit: "甲", report: a },
      { unit: "乙", report: b },
    ]);
    const one = getAt(a, "t3.received.natural") as number;
    expect(getAt(sums.report, "t3.received.natural")).toBe(one + 5);
    const totalsA = computeTotals(a);
    const totalsB = computeTotals(b);
    expect(sums.totals["t3.total.total"]).toBe(totalsA["t3.total.total"] + totalsB["t3.total.total"]);
    expect(sums.totals["t3.received.total"]).toBe(totalsA["t3.received.total"] + totalsB["t3.received.total"]);
  });

  it("sums the same report again the same, but reads it again under another context (a cell not read)", () => {
    const a = hongshan2023();
    const first = sumUnits([{ unit: "甲", report: a }]);
    expect(sumUnits([{ unit: "甲", report: a }])).toEqual(first);
    const notRead = sumUnits([{ unit: "甲", report: a, context: { unknownCells: ["t3.received.natural"] } }]);
    expect(notRead.unknown.get("t3.received.natural")).toEqual(["甲"]);
    expect(getAt(notRead.report, "t3.received.natural")).toBeNull();
    expect(sumUnits([{ unit: "甲", report: a }])).toEqual(first);
  });

  it("says which units left a cell blank, and leaves a cell no unit filled blank rather than 0", () => {
    const a = setAt(hongshan2023(), "t2.fees.amount", null);
    const b = setAt(setAt(hongshan2023(), "t2.fees.amount", null), "t3.received.commercial", null);
    const sums = sumUnits([
      { unit: "甲", report: a },
      { unit: "乙", report: b },
    ]);
    expect(getAt(sums.report, "t2.fees.amount")).toBeNull();
    expect(sums.blank.get("t2.fees.amount")).toEqual(["甲", "乙"]);
    expect(sums.blank.get("t3.received.commercial")).toEqual(["乙"]);
    // The row's total adds a cell 乙 left blank, so it says so too.
    expect(sums.blank.get("t3.received.total")).toEqual(["乙"]);
    expect(sums.blank.has("t3.received.natural")).toBe(false);
  });

  it("counts a cell holding text as unknown, not as 0 and not as blank", () => {
    const a = setAt(hongshan2023(), "t3.received.natural", "五");
    const sums = sumUnits([
      { unit: "甲", report: a },
      { unit: "乙", report: hongshan2023() },
    ]);
    expect(sums.unknown.get("t3.received.natural")).toEqual(["甲"]);
    expect(sums.blank.has("t3.received.natural")).toBe(false);
    expect(getAt(sums.report, "t3.received.natural")).toBe(getAt(hongshan2023(), "t3.received.natural"));
  });

  it("keeps a sum of 万元 amounts to four decimals", () => {
    const unit = (v: number) => ({ unit: String(v), report: setAt(hongshan2023(), "t2.fees.amount", v) });
    expect(getAt(sumUnits([unit(0.1), unit(0.2)]).report, "t2.fees.amount")).toBe(0.3);
  });
});

describe("compareWithSum", () => {
  it("lists the cells where the 区政府's own report differs from the sum, and nothing when they agree", () => {
    const own = countyGovernment2023();
    expect(compareWithSum(own, sumUnits([{ unit: "甲", report: own }]))).toEqual([]);
    const differs = compareWithSum(setAt(own, "t2.licensing.decisions", 999), sumUnits([{ unit: "甲", report: own }]));
    expect(differs.map((d) => d.path)).toEqual(["t2.licensing.decisions"]);
    expect(differs[0].own).toBe(999);
  });
});
