import { describe, expect, it } from "vitest";
import { blankReport, type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { completenessLine, runChecks, sectionProgress } from ".";

const progress = (report: Report) => sectionProgress(report, runChecks(report));
const statusOf = (report: Report) => Object.fromEntries(progress(report).map((p) => [p.section, p.status]));

describe("progress", () => {
  it("a new report is all to do: nothing started, nothing red", () => {
    const report = blankReport();
    expect(statusOf(report)).toEqual({
      s1: "未开始",
      s2: "未开始",
      s3: "未开始",
      s4: "未开始",
      s5: "未开始",
      s6: "未开始",
    });
    expect(runChecks(report).filter((f) => f.severity === "error")).toEqual([]);
    expect(completenessLine(progress(report))).toBe("6 个部分中 0 个已完成");
  });

  it("a section partly typed is 填写中, and the line says how many cells of a table are left", () => {
    let report = setAt(blankReport(), "s1.proactive.body", "本年度主动公开政府信息12条。");
    report = setAt(report, "t4.review.upheld", 1);
    const status = statusOf(report);
    expect(status.s1).toBe("填写中");
    expect(status.s4).toBe("填写中");
    const t4 = INPUT_CELLS.filter((c) => c.table === "t4").length;
    expect(completenessLine(progress(report))).toBe(`6 个部分中 0 个已完成，表四还有 ${t4 - 1} 格未填`);
  });

  it("a table with every cell filled and balanced is 已完成; one that does not balance is 有问题", () => {
    let report = blankReport();
    for (const c of INPUT_CELLS.filter((c) => c.table === "t4")) report = setAt(report, c.path, 0);
    expect(statusOf(report).s4).toBe("已完成");
    for (const c of INPUT_CELLS.filter((c) => c.table === "t3")) report = setAt(report, c.path, 0);
    expect(statusOf(report).s3).toBe("已完成");
    report = setAt(report, "t3.received.natural", 5);
    expect(statusOf(report).s3).toBe("有问题");
  });

  it("the published 洪山 report is complete in every section it fills", () => {
    const report = hongshan2023();
    const byKey = statusOf(report);
    for (const key of ["s1", "s2", "s3", "s4", "s5"]) expect(["已完成", "有问题"]).toContain(byKey[key]);
    expect(completenessLine(progress(report))).toMatch(/^6 个部分中 \d 个已完成$/);
  });
});
