/**
 * Shapes of published text the importer met on real reports (issue #17): tables one cell per line, a PDF's
 * table rows as words and figures separated by spaces, other wordings of the section headings, and a text
 * cell after a row's figures. Each fixture is the same 2022 report as `web-paste-2022.txt`, so every figure
 * must come out as it does from the tab-separated copy.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { getAt, type Report } from "../report";
import { INPUT_CELLS, SECTIONS } from "../template";
import { importDocument } from ".";
import { SECTION_MEANING } from "./headings";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

function imported(text: string) {
  const result = importDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const figures = (report: Report) => Object.fromEntries(INPUT_CELLS.map((c) => [c.path, getAt(report, c.path)]));
const reference = imported(fixture("web-paste-2022.txt"));

describe.each([
  ["one cell per line, each ending in `|`", "one-cell-per-line-2022.txt"],
  ["one cell per line, cells separated by lines of `|`", "one-cell-bars-2022.txt"],
  ["a PDF's text layer: rows as words and figures separated by spaces", "pdf-text-2022.txt"],
])("a table copied as %s", (_, file) => {
  const result = imported(fixture(file));

  it("reads every figure of the three tables, as from the tab-separated copy", () => {
    expect(INPUT_CELLS.every((c) => typeof getAt(reference.report, c.path) === "number")).toBe(true);
    expect(figures(result.report)).toEqual(figures(reference.report));
    expect(result.context.absentTables).toEqual([]);
    expect(result.context.importFindings).toEqual([]);
  });

  it("raises no error and keeps the prose", () => {
    expect(runChecks(result.report, result.context).filter((f) => f.severity === "error")).toEqual([]);
    expect(result.report.s1).toEqual(reference.report.s1);
    expect(result.report.s5).toEqual(reference.report.s5);
    expect(result.notRead.join("\n")).not.toMatch(/没有“.*”表|表格以外/);
  });
});

describe("a PDF text line of figures only", () => {
  it("reads table 四 from `1 0 0 0 1 0 0 0 1 1 0 0 0 0 0`", () => {
    const text = fixture("pdf-text-2022.txt");
    expect(text).toContain("\n1 0 0 0 1 0 0 0 1 1 0 0 0 0 0\n");
    const { report } = imported(text);
    expect([getAt(report, "t4.review.upheld"), getAt(report, "t4.litigationDirect.pending")]).toEqual([1, 1]);
  });
});

describe("section headings in other wordings", () => {
  const text = fixture("web-paste-2022.txt")
    .replace("一、总体情况", "一、2022年政务公开总体情况")
    .replace("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况");

  it("keeps the sections' text: headings are matched by ordinal and meaning", () => {
    const result = imported(text);
    expect(result.report.s1).toEqual(reference.report.s1);
    expect(result.report.s5).toEqual(reference.report.s5);
    expect(result.notRead.join("\n")).not.toContain("没有找到");
    const ids = runChecks(result.report, result.context).map((f) => f.id);
    expect(ids).not.toContain("missing-section");
    expect(ids).not.toContain("overview-aspects");
  });

  it("does not take a sentence or a later paragraph for a heading", () => {
    const later = text.replace("建立信息发布台账。", "建立信息发布台账。\n二、进一步做好主动公开");
    const result = imported(later);
    expect(result.report.s5.improvements.body).toBe("建立信息发布台账。\n二、进一步做好主动公开");
    expect(getAt(result.report, "t2.licensing.decisions")).toBe(45);
  });

  it("takes its meaning words from the template's titles", () => {
    for (const s of SECTIONS) expect(SECTION_MEANING[s.key].some((w) => s.title.includes(w))).toBe(true);
  });
});

describe("a text cell after a row's figures", () => {
  const text = fixture("web-paste-2022.txt").replace(
    "4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1",
    "4.保护第三方合法权益\t1\t（未采集）",
  );

  it("keeps the row's figure and reports the cells it did not hold as not read, never 0", () => {
    const result = imported(text);
    expect(getAt(result.report, "t3.denied.thirdParty.natural")).toBe(1);
    expect(getAt(result.report, "t3.denied.thirdParty.commercial")).toBeNull();
    const missing = (result.context.importFindings ?? []).filter((f) => f.id === "missing-section");
    expect(missing.flatMap((f) => f.cells)).toEqual([
      "t3.denied.thirdParty.commercial",
      "t3.denied.thirdParty.research",
      "t3.denied.thirdParty.publicInterest",
      "t3.denied.thirdParty.legalService",
      "t3.denied.thirdParty.otherOrg",
    ]);
    expect(result.notRead.join("\n")).not.toContain("没有识别出这一行");
  });
});

describe("sub-items numbered `1.` … `5.` in plain text", () => {
  const numbered = fixture("web-paste-2022.txt")
    .replace(
      "（一）主动公开。2022年，我镇通过政府网站主动公开政府信息120条。",
      "1.主动公开。全年通过门户网站公开政府信息230条。",
    )
    .replace("（二）依申请公开", "2.依申请公开")
    .replace("（三）政府信息管理", "3.政府信息管理")
    .replace("（四）政府信息公开平台建设", "4.政府信息公开平台建设")
    .replace("（五）监督保障", "5.监督保障");

  it("are split into the five sub-items, and the five-aspects check is satisfied", () => {
    const result = imported(numbered);
    expect(result.report.s1.proactive).toEqual({ heading: "主动公开", body: "全年通过门户网站公开政府信息230条。" });
    expect(result.report.s1.oversight).toEqual(reference.report.s1.oversight);
    expect(runChecks(result.report, result.context).map((f) => f.id)).not.toContain("overview-aspects");
  });

  it("stay list items when they do not number the sub-items one to five", () => {
    const list = numbered.replace("5.监督保障", "监督保障");
    expect(imported(list).report.s1.oversight.body).toBe("");
  });
});
