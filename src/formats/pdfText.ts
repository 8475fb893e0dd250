/**
 * The text layer of a PDF (items with positions, as pdf.js gives them) as the text the importer reads. Items
 * are grouped into lines by their baseline, and a line into cells where a wide gap separates them, so a table
 * row becomes a tab-separated row as a web page's copy gives it. Two things printing breaks are mended:
 * - a row label wrapped over several lines of its cell (`（二）部分公开（区分处理的，只计这一` /
 *   `情形，不计其他情形）`, with the figures on a line between) is joined back by position (`pdfRows.ts`);
 * - a paragraph wrapped at the right margin is joined back into one line.
 */
import { sectionOfHeading } from "./headings";
import { type Cell, type PdfLine, tableRows } from "./pdfRows";
import { escapeCell, escapeInline, splitOrdinal } from "./text";

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

/** A gap wider than this many font sizes separates two cells. */
const CELL_GAP = 0.5;
/**
 * A gap this wide inside a cell is a space typed in the text (`2023 年`, a third of a font size); LibreOffice
 * also sets a fifth of one between Chinese and figures that have none (`2022年`).
 */
const SPACE = 0.25;

function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PdfItem[]; y: number; size: number }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) * 0.4);
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, size: item.size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const cells: Cell[] = [];
      for (const item of line.items.sort((a, b) => a.x - b.x)) {
        const last = cells.at(-1);
        const gap = last ? item.x - last.end : 0;
        if (last && gap <= line.size * CELL_GAP) {
          last.text += (gap >= line.size * SPACE ? " " : "") + item.str;
          last.end = Math.max(last.end, item.x + item.width);
        } else {
          cells.push({ text: item.str, x: item.x, end: item.x + item.width, y: item.y });
        }
      }
      for (const cell of cells) cell.text = cell.text.trim();
      return { cells, y: line.y, size: line.size };
    });
}

/** A line that starts something of its own: a section heading, a sub-item, a list item, a date. */
function startsBlock(text: string): boolean {
  return sectionOfHeading(text) !== undefined || splitOrdinal(text, true) !== null || /^\d{4}年\d{1,2}月/.test(text);
}

/**
 * The size of the document's title: its largest type, when that is clearly larger than most lines (a title set
 * on two lines, `…2023年` / `政府信息公开工作年度报告`, is one paragraph). Null when nothing stands out.
 */
function titleSize(pages: readonly (readonly PdfLine[])[]): number | null {
  const sizes = pages
    .flat()
    .map((l) => l.size)
    .sort((x, y) => x - y);
  const largest = sizes.at(-1) ?? 0;
  return largest >= sizes[Math.floor(sizes.length / 2)] * DISPLAY ? largest : null;
}

const DISPLAY = 1.3;

/** A page number as GB/T 9704 prints it (`—1—`, `- 2 -`) or a plain one: not part of the text. */
const PAGE_NUMBER = /^[—–-]?\s*\d{1,3}\s*[—–-]?$/;

/** The PDF's pages as lines of text (paragraphs) and tab-separated rows (tables). */
export function pdfText(pages: readonly (readonly PdfItem[])[]): string {
  const out: string[] = [];
  // A paragraph may go on over a page break.
  // `full`: its last line ran to the right margin; `open`: and did not close its sentence; `indented`: its first
  // line was indented, so a line at the left margin after a full line goes on with it even after a `。`.
  let paragraph: { text: string; open: boolean; full: boolean; indented: boolean } | null = null;
  const flush = () => {
    if (paragraph) out.push(escapeInline(paragraph.text));
    paragraph = null;
  };
  const pageRows = pages.map((items) => tableRows(pageLines(items)));
  const title = titleSize(pageRows);
  const isTitle = (line: PdfLine) => title !== null && Math.abs(line.size - title) <= title * 0.05;
  let inTitle = false;
  for (const lines of pageRows) {
    const right = Math.max(0, ...lines.map((l) => l.cells.at(-1)?.end ?? 0));
    const left = Math.min(...lines.flatMap((l) => (l.cells.length === 1 ? [l.cells[0].x] : [])));
    for (const line of lines) {
      if (line.cells.length > 1) {
        flush();
        inTitle = false;
        out.push(line.cells.map((c) => escapeCell(c.text)).join("\t"));
        continue;
      }
      const cell = line.cells[0];
      if (PAGE_NUMBER.test(cell.text)) continue;
      const indented = cell.x > left + line.size;
      const goesOn =
        paragraph?.open || (paragraph?.full && paragraph.indented && !indented) || (inTitle && isTitle(line));
      if (paragraph && goesOn && !startsBlock(cell.text)) paragraph.text += cell.text;
      else {
        flush();
        paragraph = { text: cell.text, open: false, full: false, indented };
      }
      inTitle = isTitle(line);
      // A line that runs to the right margin without closing its sentence goes on in the next line.
      paragraph.full = cell.end >= right - line.size * 1.5;
      paragraph.open = paragraph.full && !/[。！？；：:]$/.test(cell.text);
    }
  }
  flush();
  return out.join("\n");
}
