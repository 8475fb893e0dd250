/**
 * PDF import (issue #17): the 2022 report printed to PDF by Chromium and by LibreOffice (fixtures made from the
 * web-page report's HTML) is read by position: every figure, the prose, no finding of its own. A PDF without a
 * text layer is refused with a message saying so.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { getAt, type Report } from "../report";
import { INPUT_CELLS } from "../template";
import { importDocument, importFile } from ".";
import { pdfText } from "./pdfText";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));
const figures = (report: Report) => Object.fromEntries(INPUT_CELLS.map((c) => [c.path, getAt(report, c.path)]));
const reference = importDocument(readFileSync(new URL("./__fixtures__/web-paste-2022.txt", import.meta.url), "utf8"));

describe.each([
  ["Chromium", "chromium-2022.pdf"],
  ["LibreOffice", "libreoffice-2022.pdf"],
])("a PDF printed by %s", (_, file) => {
  it("reads every figure, the body and the prose, with no finding of its own", async () => {
    const result = await importFile(fixture(file));
    if (!result.ok || !reference.ok) throw new Error(result.ok ? "reference" : result.message);
    expect(figures(result.report)).toEqual(figures(reference.report));
    expect(result.report.meta).toMatchObject({ organ: "某某镇人民政府", year: 2022 });
    expect(result.report.s1).toEqual(reference.report.s1);
    expect(result.report.s5).toEqual(reference.report.s5);
    expect(result.report.meta.preamble).toBe(reference.report.meta.preamble);
    expect(result.context.importFindings).toEqual([]);
    expect(runChecks(result.report, result.context).filter((f) => f.severity === "error")).toEqual([]);
    expect(result.read[0]).toMatch(/^文件：PDF（\d页，按文字层读取）/);
  });
});

describe("a PDF without a text layer", () => {
  it("is refused with a message saying it is a scan", async () => {
    const result = await importFile(fixture("scanned.pdf"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("没有文字层");
  });
});

describe("pdfText", () => {
  const item = (str: string, x: number, y: number, width = str.length * 10) => ({ str, x, y, width, size: 10 });

  it("joins a row label wrapped around its figures, and splits cells at wide gaps", () => {
    const text = pdfText([
      [
        item("（二）部分公开（区分处理的，只计这一", 70, 620),
        item("2", 290, 612, 6),
        item("0", 335, 612, 6),
        item("情形，不计其他情形）", 70, 605),
      ],
    ]);
    expect(text).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0");
  });

  it("joins a paragraph wrapped at the right margin, not one that ends its sentence", () => {
    const text = pdfText([
      [
        item("全年共收到申请十二件均按期", 0, 700),
        item("答复。", 0, 685),
        item("短句。", 0, 670),
        item("下一段。", 0, 655),
      ],
    ]);
    expect(text.split("\n")).toEqual(["全年共收到申请十二件均按期答复。", "短句。", "下一段。"]);
  });
});
