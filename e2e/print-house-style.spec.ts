import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishDocument } from "../src/publish";
import { CHAR_PITCH_PT, PAGE, PT_PER_MM } from "../src/publish/style";
import { chineseLines, hasPoppler, pageNumber, readPdf } from "../src/publish/testing/pdf";
import { largeFigures } from "../src/testing/largeFigures";
import { printReport } from "./print-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 120_000 });

const mm = (n: number) => n * PT_PER_MM;

test.describe("the printed PDF in the house style (read back with poppler)", () => {
  test.skip(!hasPoppler, "poppler (pdftotext, pdfinfo) is not installed");
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("page numbers on every page, no browser header or footer, the report's title, figures whole", async ({
    page,
  }, testInfo) => {
    const report = largeFigures(5);
    const doc = publishDocument(report);
    const view = await printReport(page, report);
    const before = "年报编制 · 政府信息公开工作年度报告";
    // The browser names the saved PDF after the document's title.
    await expect(page).toHaveTitle(doc.title);
    await page.emulateMedia({ media: "print" });
    // With the browser's 页眉和页脚 on, as a clerk may have it.
    const pdf = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: true });
    await testInfo.attach("figures5.pdf", { body: pdf, contentType: "application/pdf" });
    const file = join(dir, "figures5.pdf");
    writeFileSync(file, pdf);
    const { info, pages } = readPdf(file);
    expect(info.Title).toBe(doc.title);
    expect(pages.length).toBeGreaterThan(3);
    const everything = pages.map((p) => p.text).join("\n");
    expect(everything).not.toMatch(/https?:\/\/|localhost|\d{1,4}\/\d{1,2}\/\d{1,4}|\b\d+\/\d+\b|年报编制/);
    // Nothing in the margins but the page number: no header, no footer of the browser's.
    const top = mm(PAGE.marginMm.top) - 2;
    const bottom = mm(PAGE.heightMm - PAGE.marginMm.bottom) + 2;
    for (const p of pages) {
      const outside = p.words.filter((w) => w.yMin < top || w.yMax > bottom).map((w) => w.text);
      expect(outside.join("")).toMatch(/^—\d+—$/);
    }
    pages.forEach((p, i) => {
      const number = pageNumber(p);
      expect(number?.number, `page ${i + 1}`).toBe(i + 1);
      if (!number) return;
      expect(Math.abs(number.yMid - mm(PAGE.heightMm - PAGE.marginMm.bottom + PAGE.pageNumberBelowMm))).toBeLessThan(4);
      if (i % 2 === 0) expect(Math.abs(number.xMax - (mm(PAGE.widthMm - PAGE.marginMm.right) - 14))).toBeLessThan(2.5);
      else expect(Math.abs(number.xMin - (mm(PAGE.marginMm.left) + 14))).toBeLessThan(2.5);
    });
    const lengths = pages
      .flatMap((p) => chineseLines(p.text))
      .map((l) => [...l.replace(/^(.{28})[，。、；：！？]$/u, "$1")].length);
    expect(lengths.filter((n) => n === 28).length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...lengths)).toBe(28);
    const words = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
    const figures = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "table" ? b.table.body.flat() : []))
      .filter((c) => c.kind === "number")
      .map((c) => c.text);
    expect(figures.filter((f) => !words.has(f))).toEqual([]);
    // The 落款: the name 右空二字, the date two characters right of the name's first character.
    const last = pages[pages.length - 1].words;
    const name = last.find((w) => w.text === "西工区红山街道办事处");
    const date = last.find((w) => name && w.yMin > name.yMax && w.text.startsWith("2024"));
    expect(name && date).toBeTruthy();
    if (name && date) {
      expect(Math.abs(name.xMax - (mm(PAGE.widthMm - PAGE.marginMm.right) - 2 * CHAR_PITCH_PT))).toBeLessThan(3);
      expect(Math.abs(date.xMin - (name.xMin + 2 * CHAR_PITCH_PT))).toBeLessThan(3);
    }
    await expect(view.locator(".print-document h1 span")).toHaveText([
      "西工区红山街道办事处2023年",
      "政府信息公开工作年度报告",
    ]);
    await page.emulateMedia({ media: "screen" });
    await view.getByRole("button", { name: "关闭打印预览" }).click();
    await expect(page).toHaveTitle(before);
  });
});
