/**
 * The text layer of a PDF (items with positions, as pdf.js gives them) as the text the importer reads. Items
 * are grouped into lines by their baseline, and a line into cells where a wide gap separates them, so a table
 * row becomes a tab-separated row as a web page's copy gives it. Two things printing breaks are mended:
 * - a row label wrapped over several lines of its cell (`（二）部分公开（区分处理的，只计这一` /
 *   `情形，不计其他情形）`, with the figures on a line between) is joined back by position (`pdfRows.ts`);
 * - a paragraph wrapped at the right margin is joined back into one line.
 */
import { sectionOfHeading } from "./headings";
import { type Cell, type PdfLine, stackedCells, tableRows } from "./pdfRows";
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
        if (last && item.x - last.end <= line.size * CELL_GAP) {
          last.text += item.str;
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

/** The PDF's pages as lines of text (paragraphs) and tab-separated rows (tables). */
export function pdfText(pages: readonly (readonly PdfItem[])[]): string {
  const out: string[] = [];
  // A paragraph may go on over a page break.
  let paragraph: { text: string; open: boolean } | null = null;
  const flush = () => {
    if (paragraph) out.push(escapeInline(paragraph.text));
    paragraph = null;
  };
  for (const items of pages) {
    const lines = stackedCells(tableRows(pageLines(items)));
    const right = Math.max(0, ...lines.map((l) => l.cells.at(-1)?.end ?? 0));
    for (const line of lines) {
      if (line.cells.length > 1) {
        flush();
        out.push(line.cells.map((c) => escapeCell(c.text)).join("\t"));
        continue;
      }
      const cell = line.cells[0];
      if (paragraph?.open && !startsBlock(cell.text)) paragraph.text += cell.text;
      else {
        flush();
        paragraph = { text: cell.text, open: false };
      }
      // A line that runs to the right margin without closing its sentence goes on in the next line.
      paragraph.open = cell.end >= right - line.size * 1.5 && !/[。！？；：:]$/.test(cell.text);
    }
  }
  flush();
  return out.join("\n");
}
