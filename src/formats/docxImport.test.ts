/**
 * Word import (issue #17): the .docx our own export makes round-trips (every figure read, no false finding), and
 * a .docx saved by LibreOffice from a published report's web page, with merged cells, is read in full.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { reportDocx } from "../publish/docx";
import { reportHtmlFragment } from "../publish/html";
import { getAt, type Report } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { importDocument } from ".";
import { randomReport, seeded } from "./__fixtures__/randomReport";
import { importDocx } from "./docxImport";
import { htmlToText } from "./htmlText";

const figures = (report: Report) => Object.fromEntries(INPUT_CELLS.map((c) => [c.path, getAt(report, c.path)]));

async function fromDocx(bytes: Uint8Array) {
  const result = await importDocx(bytes);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("htmlToText", () => {
  it("keeps merged cells in their columns: colspan as cells to the right, rowspan as cells below", () => {
    const html =
      '<table><tr><td rowspan="2"><p>三、本年度办理结果</p></td><td colspan="2">（一）予以公开</td><td>5</td></tr>' +
      "<tr><td>（二）部分公开</td><td></td><td>2</td></tr></table><p>正文 &amp; 说明</p>";
    expect(htmlToText(html).split("\n")).toEqual([
      "| 三、本年度办理结果 | （一）予以公开 |  | 5 |",
      "|  | （二）部分公开 |  | 2 |",
      "正文 \\& 说明",
    ]);
  });
});

describe("a .docx made by our own export", () => {
  it.each([
    ["the seed report", hongshan2023()],
    ["a report with every cell entered", randomReport(seeded(7), { blanks: false })],
  ])("round-trips %s: every figure, the prose and no finding of its own", async (_, source) => {
    const result = await fromDocx(await reportDocx(source));
    expect(figures(result.report)).toEqual(figures(source));
    expect(result.report.meta.organ).toBe(source.meta.organ);
    expect(result.report.meta.year).toBe(source.meta.year);
    expect(result.report.s1).toEqual(source.s1);
    expect(result.report.s5).toEqual(source.s5);
    expect(result.context.importFindings).toEqual([]);
    expect(result.context.absentTables).toEqual([]);
    const ids = (r: Report, c = {}) => runChecks(r, c).map((f) => `${f.id}:${f.cells.join(",")}`);
    expect(ids(result.report, result.context)).toEqual(ids(source));
    expect(result.read[0]).toContain("Word");
  });

  it("reads the title set on two lines (GB/T 9704) as one title", async () => {
    const result = await fromDocx(await reportDocx(hongshan2023()));
    expect(result.read.join("")).toContain("标题：西工区红山街道办事处2023年政府信息公开工作年度报告（");
  });
});

describe("a .docx saved by LibreOffice", () => {
  const bytes = new Uint8Array(readFileSync(new URL("./__fixtures__/libreoffice-2022.docx", import.meta.url)));
  const reference = importDocument(readFileSync(new URL("./__fixtures__/web-paste-2022.txt", import.meta.url), "utf8"));

  it("reads every figure of its merged-cell tables, as from the web page", async () => {
    const result = await fromDocx(bytes);
    if (!reference.ok) throw new Error(reference.message);
    expect(figures(result.report)).toEqual(figures(reference.report));
    expect(result.report.meta.organ).toBe("某某镇人民政府");
    expect(result.report.s1).toEqual(reference.report.s1);
    expect(result.context.importFindings).toEqual([]);
    expect(runChecks(result.report, result.context).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a report copied from a web page (the clipboard's HTML, as the import box reads a rich paste)", () => {
  it("reads every figure of our own HTML fragment's merged-cell tables, with no finding of its own", () => {
    const source = randomReport(seeded(11), { blanks: false });
    const result = importDocument(htmlToText(reportHtmlFragment(source)));
    if (!result.ok) throw new Error(result.message);
    expect(figures(result.report)).toEqual(figures(source));
    expect(result.context.importFindings).toEqual([]);
  });
});

describe("a damaged .docx", () => {
  it("is refused with a message saying what to do", async () => {
    const result = await importDocx(new TextEncoder().encode("PK\u0003\u0004 not really a zip"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("另存为 .docx");
  });
});
