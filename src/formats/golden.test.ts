import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { getAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { importText, toMarkdown } from ".";

const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), "utf8");
const SEED = fixture("hongshan-2023.seed.md");
const EXPECTED = fixture("hongshan-2023.expected.md");

function importSeed() {
  const result = importText(SEED);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the seed report (hongshan-2023.seed.md)", () => {
  it("exports to the expected Markdown byte for byte", () => {
    expect(toMarkdown(importSeed().report)).toBe(EXPECTED);
  });

  it("reads every figure: every cell entered, the same as the report typed in by hand", () => {
    const { report, context } = importSeed();
    const reference = hongshan2023();
    for (const cell of INPUT_CELLS)
      expect([cell.path, getAt(report, cell.path)]).toEqual([cell.path, getAt(reference, cell.path)]);
    expect(context.absentTables).toEqual([]);
    expect(context.importFindings).toEqual([]);
  });

  it("reads the body, the year, the body type and the headings without their ordinals", () => {
    const { report } = importSeed();
    expect(report.meta).toMatchObject({ organ: "西工区红山街道办事处", year: 2023, organType: "街道办事处" });
    expect(report.s1.proactive.heading).toBe("政府信息主动公开情况");
    expect(report.s1.oversight.heading).toBe("监督保障情况");
    expect(report.s5.improvements.heading).toBe("改进措施");
    expect(report.s1.onRequest.body).toBe("2023 年度红山街道办事处共受理依申请公开信息申请 2 条。");
    expect(report.s6.body).toBe("无");
  });

  it("passes the arithmetic checks once imported", () => {
    const { report, context } = importSeed();
    expect(runChecks(report, context).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads its own export back to the same report", () => {
    const { report } = importSeed();
    const again = importText(toMarkdown(report));
    expect(again.ok && again.report).toEqual(report);
  });
});
