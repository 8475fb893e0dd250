/**
 * The .docx as programs nobody here wrote read it: LibreOffice renders it to PDF (read back with poppler) and
 * pandoc reads its structure. CI installs them (.ci/run); where one is missing its group is skipped, saying why.
 * One conversion per report, shared by the assertions.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { largeFigures } from "../testing/largeFigures";
import { reportDocx } from "./docx";
import { publishDocument } from "./model";
import { CHAR_PITCH_PT, LINE_PITCH_PT, PAGE, PT_PER_MM } from "./style";
import { chineseLines, hasPoppler, type PdfPage, pageNumber, readPdf } from "./testing/pdf";

const REPORTS: Record<string, Report> = { seed: hongshan2023(), figures5: largeFigures(5), figures7: largeFigures(7) };

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
const pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].find(existsSync);

const dir = mkdtempSync(join(tmpdir(), "publish-docx-"));
const docxFile = (name: string) => join(dir, `${name}.docx`);

beforeAll(async () => {
  for (const [name, report] of Object.entries(REPORTS)) writeFileSync(docxFile(name), await reportDocx(report));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mm = (n: number) => n * PT_PER_MM;
const TEXT_LEFT = mm(PAGE.marginMm.left);
const TEXT_RIGHT = mm(PAGE.widthMm - PAGE.marginMm.right);
const TEXT_BOTTOM = mm(PAGE.heightMm - PAGE.marginMm.bottom);

describe.skipIf(!soffice || !hasPoppler)(
  "LibreOffice renders the .docx (skipped: LibreOffice or poppler missing)",
  () => {
    const pdfs: Record<string, ReturnType<typeof readPdf>> = {};
    beforeAll(() => {
      // One LibreOffice start for all reports, with a profile of its own.
      execFileSync(
        soffice as string,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          ...Object.keys(REPORTS).map(docxFile),
        ],
        { timeout: 150_000, stdio: "ignore" },
      );
      for (const name of Object.keys(REPORTS)) pdfs[name] = readPdf(join(dir, `${name}.pdf`));
    }, 160_000);

    const names = Object.keys(REPORTS);

    it.each(names)("%s: the PDF's title is the report's title, its author the body", (name) => {
      const doc = publishDocument(REPORTS[name]);
      expect(pdfs[name].info.Title).toBe(doc.title);
      expect(pdfs[name].info.Author).toBe(doc.author);
    });

    it.each(names)("%s: every page has its number — n — 7 mm below the text block, odd right, even left", (name) => {
      const pages = pdfs[name].pages;
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((page, i) => {
        const number = pageNumber(page);
        expect(number?.number, `page ${i + 1}`).toBe(i + 1);
        if (!number) return;
        expect(Math.abs(number.yMid - (TEXT_BOTTOM + mm(PAGE.pageNumberBelowMm)))).toBeLessThan(4);
        const oneChar = PAGE.pageNumberPt;
        if ((i + 1) % 2 === 1) expect(Math.abs(number.xMax - (TEXT_RIGHT - oneChar))).toBeLessThan(2.5);
        else expect(Math.abs(number.xMin - (TEXT_LEFT + oneChar))).toBeLessThan(2.5);
      });
    });

    it("sets 28 characters on every full line of body text (a full stop may hang past the margin)", () => {
      const lines = pdfs.seed.pages.flatMap((p) => chineseLines(p.text));
      const lengths = lines.map((l) => [...l.replace(/^(.{28})[，。、；：！？]$/u, "$1")].length);
      expect(lengths.filter((n) => n === 28).length).toBeGreaterThanOrEqual(10);
      expect(Math.max(...lengths)).toBe(28);
    });

    it("sets body lines on the grid of 22 lines to the text block (28.9 pt apart)", () => {
      // Page 2 of the seed is body text only.
      const page = pdfs.seed.pages[1];
      const tops = [...new Set(page.words.filter((w) => w.yMin < TEXT_BOTTOM).map((w) => Math.round(w.yMin * 2) / 2))];
      expect(tops.length).toBeGreaterThan(10);
      const pitch = (tops[tops.length - 1] - tops[0]) / (tops.length - 1);
      expect(Math.abs(pitch - LINE_PITCH_PT)).toBeLessThan(0.2);
    });

    it("breaks the title between words, the longer line first", () => {
      const top = pdfs.seed.pages[0].text
        .split("\n")
        .map((l) => l.replace(/\s+/g, ""))
        .filter(Boolean)
        .slice(0, 2);
      expect(top).toEqual(["西工区红山街道办事处2023年", "政府信息公开工作年度报告"]);
    });

    it.each(names)("%s: no heading is left alone at the foot of a page", (name) => {
      const doc = publishDocument(REPORTS[name]);
      const headings = new Set(
        doc.sections.flatMap((s) => [s.title, ...s.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []))]),
      );
      for (const page of pdfs[name].pages.slice(0, -1)) {
        const lines = page.text
          .split("\n")
          .map((l) => l.replace(/\s+/g, ""))
          .filter((l) => l && !/^—\d+—$/.test(l));
        expect(headings.has(lines[lines.length - 1] ?? "")).toBe(false);
      }
    });

    it.each(["figures5", "figures7"])("%s: every figure and total stands whole on one line", (name) => {
      const words = new Set(pdfs[name].pages.flatMap((p: PdfPage) => p.words.map((w) => w.text)));
      const figures = publishDocument(REPORTS[name])
        .sections.flatMap((s) => s.blocks)
        .flatMap((b) => (b.kind === "table" ? b.table.body.flat() : []))
        .filter((c) => c.kind === "number")
        .map((c) => c.text);
      const longest = Math.max(...figures.map((f) => f.length));
      expect(longest).toBeGreaterThanOrEqual(name === "figures7" ? 8 : 6);
      expect(figures.filter((f) => !words.has(f))).toEqual([]);
    });

    it("places the 落款 as GB/T 9704 does: the name 右空二字, the date two characters right of the name's start", () => {
      const last = pdfs.figures5.pages[pdfs.figures5.pages.length - 1];
      const name = last.words.find((w) => w.text === "西工区红山街道办事处");
      const dateLine = last.words.filter((w) => name && w.yMin > name.yMax && w.yMin < name.yMax + 40);
      expect(name).toBeDefined();
      expect(dateLine.map((w) => w.text).join("")).toBe("2024年1月15日");
      if (!name) return;
      expect(Math.abs(name.xMax - (TEXT_RIGHT - 2 * CHAR_PITCH_PT))).toBeLessThan(3);
      expect(Math.abs(dateLine[0].xMin - (name.xMin + 2 * CHAR_PITCH_PT))).toBeLessThan(3);
    });
  },
);

interface PandocInline {
  t: string;
  c?: unknown;
}

const inlineText = (inlines: PandocInline[]): string =>
  inlines.map((i) => (i.t === "Str" ? String(i.c) : i.t === "Space" ? " " : "")).join("");

describe.skipIf(!pandoc)("pandoc reads the .docx (skipped: pandoc is not installed)", () => {
  it("finds the six section titles as level-1 headings and the sub-items as level 2", () => {
    const json = JSON.parse(
      execFileSync(pandoc as string, ["-f", "docx", "-t", "json", docxFile("seed")], { encoding: "utf8" }),
    );
    const headers = (json.blocks as { t: string; c: [number, unknown, PandocInline[]] }[])
      .filter((b) => b.t === "Header")
      .map((b) => [b.c[0], inlineText(b.c[2])]);
    const doc = publishDocument(REPORTS.seed);
    const expected = doc.sections.flatMap((s) => [
      [1, s.title],
      ...s.blocks.flatMap((b) => (b.kind === "heading" ? [[b.level, b.text]] : [])),
    ]);
    expect(headers).toEqual(expected);
    expect(inlineText(json.meta.title?.c ?? [])).toBe(doc.title);
  });
});
