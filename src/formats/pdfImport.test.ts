/**
 * PDF import (issue #17): the 2022 report printed to PDF by Chromium and by LibreOffice (fixtures made from the
 * web-page report's HTML), our print view of the seed report saved as PDF by Chromium (`page.pdf`, as
 * e2e/import-documents.spec.ts makes it), and our own Word export printed by LibreOffice (`soffice --headless
 * --convert-to pdf` of `reportDocx(hongshan2023())` and of `reportDocx(largeFigures(5))`, 28 pt line pitch,
 * labels wrapped over up to four lines), are read by position: every figure, the prose, no finding the source
 * report does not have.
 * A PDF without a text layer is refused with a message saying so.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { getAt, type Report } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { largeFigures } from "../testing/largeFigures";
import { importDocument, importFile } from ".";
import { type PdfItem, pdfText } from "./pdfText";

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

/**
 * LibreOffice hangs a comma that falls at the end of a full line into the margin and leaves it out of the text
 * layer (pdftotext reads `…公开举报电话` / `自觉接受…` too): the one character of the seed report not in the PDF.
 */
const asLibreOfficePrints = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value).replace("公开举报电话，自觉", "公开举报电话自觉"));
/** Chromium breaks a line at a space and leaves that space out (`…申请 2` / `条。`): a PDF cannot say it was there. */
const asChromiumPrints = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace("申请 2 条", "申请 2条"));

describe.each([
  [
    "our print view of the seed report, saved by Chromium",
    "print-chromium-hongshan2023.pdf",
    hongshan2023(),
    asChromiumPrints,
  ],
  [
    "our Word export of the seed report, printed by LibreOffice",
    "export-libreoffice-hongshan2023.pdf",
    hongshan2023(),
    asLibreOfficePrints,
  ],
  [
    "our Word export of a report with large figures, printed by LibreOffice",
    "export-libreoffice-figures5.pdf",
    largeFigures(5),
    asLibreOfficePrints,
  ],
])("%s", (_, file, source, asPrinted) => {
  it("reads every figure and the prose, with no finding the source report does not have", async () => {
    const result = await importFile(fixture(file));
    if (!result.ok) throw new Error(result.message);
    expect(figures(result.report)).toEqual(figures(source));
    expect(result.report.meta).toMatchObject({ organ: source.meta.organ, year: source.meta.year });
    expect(result.report.s1).toEqual(asPrinted(source.s1));
    expect(result.report.s5).toEqual(source.s5);
    expect(result.report.s6).toEqual(source.s6);
    expect(result.context.importFindings).toEqual([]);
    const ids = (r: Report, c = {}) => runChecks(r, c).map((f) => `${f.id}:${f.cells.join(",")}`);
    expect(ids(result.report, result.context)).toEqual(ids(source));
  });
});

describe("a PDF without a text layer", () => {
  it("is refused with a message saying it is a scan", async () => {
    const result = await importFile(fixture("scanned.pdf"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("没有文字层");
  });
});

/** pdf.js text items set in one font size, as `pdfText` takes them (x, y: left edge and baseline). */
const textItem =
  (size: number) =>
  (str: string, x: number, y: number, width = str.length * size): PdfItem => ({ str, x, y, width, size });

describe("pdfText", () => {
  const item = textItem(10);

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

describe("pdfText table rows by position", () => {
  const item = textItem(12);
  const figures = (y: number, ...values: string[]) => values.map((v, i) => item(v, 300 + i * 45, y, 7));

  it("joins a label wrapped over lines of its cell and leaves the group label (a rowspan cell) out of it", () => {
    const text = pdfText([
      [
        item("（三", 120, 400),
        item("）不", 120, 384),
        item("予公", 120, 367),
        item("开", 126, 351),
        item("2.", 155, 443),
        item("其他法律行政法规禁", 166, 443),
        item("止公开", 155, 427),
        ...figures(435, "0", "1"),
        item("3.", 155, 406),
        item("危及“三安全一稳定”", 166, 406),
        ...figures(407, "2", "0"),
        item("5.", 155, 365),
        item("属于三类内部事务信", 166, 365),
        item("息", 155, 349),
        ...figures(357, "0", "3"),
      ],
    ]);
    expect(text.split("\n")).toEqual([
      "2.其他法律行政法规禁止公开\t0\t1",
      "3.危及“三安全一稳定”\t2\t0",
      "5.属于三类内部事务信息\t0\t3",
    ]);
  });

  it("joins a label aligned to the top of its cell, and starts a new label at an ordinal (cells without padding)", () => {
    const text = pdfText([
      [
        item("1.本机关不掌握相关政", 155, 500),
        ...figures(500, "2"),
        item("府信息", 155, 484),
        item("2.没有现成信息需要另", 155, 468),
        ...figures(468, "0"),
        item("行制作", 155, 452),
      ],
    ]);
    expect(text.split("\n")).toEqual(["1.本机关不掌握相关政府信息\t2", "2.没有现成信息需要另行制作\t0"]);
  });

  it("joins header cells wrapped in their cells, and not short lines of a paragraph", () => {
    const text = pdfText([
      [
        item("本年制发件", 156, 229),
        item("本年废止件", 233, 229),
        item("数", 180, 213),
        item("数", 257, 213),
        item("短句。", 57, 150),
        item("下一段。", 57, 134),
      ],
    ]);
    expect(text.split("\n")).toEqual(["本年制发件数\t本年废止件数", "短句。", "下一段。"]);
  });
});
