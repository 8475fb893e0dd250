import { describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { kindOf, runChecks } from ".";

const missing = (report: ReturnType<typeof blankReport>) => runChecks(report).filter((f) => f.id === "missing-meta");

describe("missing-meta", () => {
  it("holds when 机关全称, 报告年度 and 机关类型 are filled", () => {
    expect(missing(hongshan2023())).toEqual([]);
  });

  it("fires once for each missing field, as a to-do under 基本信息 that points at the field", () => {
    const found = missing(blankReport());
    expect(found.map((f) => f.cells)).toEqual([["meta.organ"], ["meta.year"], ["meta.organType"]]);
    expect(new Set(found.map((f) => kindOf(f)))).toEqual(new Set(["todo"]));
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(["info"]));
    expect(new Set(found.map((f) => f.section))).toEqual(new Set(["meta"]));
  });

  it.each([
    ["meta.organ", "   ", "机关全称"],
    ["meta.year", null, "报告年度"],
    ["meta.year", 1999, "不是2008—2100年之间的年份"],
    ["meta.year", 99999, "不是2008—2100年之间的年份"],
    ["meta.organType", "", "机关类型"],
  ])("fires when %s is %j", (path, value, words) => {
    const [finding] = missing(setAt(hongshan2023(), path, value));
    expect(finding.cells).toEqual([path]);
    expect(finding.message).toContain(words);
  });
});
