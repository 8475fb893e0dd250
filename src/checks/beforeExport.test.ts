import { describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { beforeExport, runChecks, whatIsLeft } from ".";

describe("beforeExport", () => {
  it("holds nothing back for a finished report", () => {
    expect(beforeExport(runChecks(hongshan2023()))).toEqual([]);
  });

  it("names a row never filled, though it is no error: the documents would print it as 0", () => {
    let report = hongshan2023();
    for (const column of ["upheld", "corrected", "other", "pending"])
      report = setAt(report, `t4.review.${column}`, null);
    const warned = beforeExport(runChecks(report));
    expect(warned.map((f) => f.id)).toEqual(["blank-cells"]);
    expect(warned[0].message).toContain("4个单元格未填写，将按0计算和导出");
    expect(whatIsLeft(warned)).toBe("4 格未填");
  });

  it("lists errors, to-dos and blank cells, and counts each kind in the heading", () => {
    const report = setAt(blankReport(), "t3.received.natural", -3);
    const warned = beforeExport(runChecks(report));
    expect(warned.map((f) => f.id)).toEqual(
      expect.arrayContaining(["value", "missing-meta", "missing-section", "blank-cells"]),
    );
    expect(whatIsLeft(warned)).toMatch(/^\d+ 处错误、\d+ 处待填、\d+ 格未填$/);
  });

  it("lets warnings and other notes through: they are advice, not something left undone", () => {
    const note = { message: "…", cells: [], section: "s1" as const };
    const findings = [
      { ...note, id: "copied-text", severity: "warning" as const },
      { ...note, id: "fee-unit", severity: "info" as const },
    ];
    expect(beforeExport(findings)).toEqual([]);
  });
});
