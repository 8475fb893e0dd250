/**
 * The report as a self-contained HTML fragment for a website CMS: no scripts, no classes or style
 * sheets (CMS editors strip them), only `style` attributes; every text from the report is escaped.
 */

import type { UnknownCells } from "../checks";
import type { Report } from "../report";
import { type PublishBlock, type PublishDocument, type PublishTable, publishDocument } from "./model";
import { BODY_FONTS, COLUMN_WIDTHS, cellAlign, fontStack, HEI_FONTS, SONG_FONTS, TABLE_FONT_PT } from "./style";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** A `style` attribute value from constant rules; font names are quoted with `'`, never `"`. */
function css(rules: Record<string, string | number>): string {
  return Object.entries(rules)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

const S = {
  root: css({ "font-family": fontStack(BODY_FONTS), "font-size": "16px", "line-height": 1.75, color: "#000" }),
  title: css({
    "font-family": fontStack(SONG_FONTS),
    "font-size": "24px",
    "font-weight": "bold",
    "text-align": "center",
    margin: "0 0 1em",
  }),
  section: css({
    "font-family": fontStack(HEI_FONTS),
    "font-size": "1em",
    "font-weight": "normal",
    margin: "0.5em 0 0",
    "text-indent": "2em",
  }),
  subItem: css({ "font-size": "1em", "font-weight": "bold", margin: 0, "text-indent": "2em" }),
  paragraph: css({ margin: 0, "text-indent": "2em" }),
  signOff: css({ margin: 0, "text-align": "right" }),
};

function tableStyle(table: PublishTable): string {
  return css({
    width: "100%",
    "border-collapse": "collapse",
    "table-layout": "fixed",
    "font-family": fontStack(SONG_FONTS),
    // Web pages measure in px; the table keeps the print sizes' proportion to the 16px text.
    "font-size": `${Math.round((TABLE_FONT_PT[table.table] * 4) / 3)}px`,
    "line-height": 1.4,
    margin: "0.5em 0",
  });
}

function cellStyle(align: string): string {
  return css({ border: "1px solid #000", padding: "2pt 3pt", "text-align": align, "vertical-align": "middle" });
}

function spans(cell: { colspan: number; rowspan: number }): string {
  return `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ""}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ""}`;
}

function tableHtml(table: PublishTable): string {
  const row = (cells: PublishTable["body"][number], inHeader: boolean) =>
    `<tr>${cells
      .map((cell) => {
        const tag = inHeader ? "th" : "td";
        const style = cellStyle(cellAlign(table.table, cell, inHeader));
        return `<${tag}${spans(cell)} style="${style}">${escapeHtml(cell.text)}</${tag}>`;
      })
      .join("")}</tr>`;
  const cols = COLUMN_WIDTHS[table.table].map((w) => `<col style="${css({ width: `${w.toFixed(2)}%` })}">`).join("");
  const head = table.header.length ? `<thead>\n${table.header.map((r) => row(r, true)).join("\n")}\n</thead>\n` : "";
  return `<table style="${tableStyle(table)}">\n<colgroup>${cols}</colgroup>\n${head}<tbody>\n${table.body
    .map((r) => row(r, false))
    .join("\n")}\n</tbody>\n</table>`;
}

function blockHtml(block: PublishBlock): string {
  if (block.kind === "table") return tableHtml(block.table);
  if (block.kind === "heading") return `<h3 style="${S.subItem}">${escapeHtml(block.text)}</h3>`;
  return `<p style="${S.paragraph}">${escapeHtml(block.text)}</p>`;
}

export function documentHtml(doc: PublishDocument): string {
  const parts = [
    `<h1 style="${S.title}">${escapeHtml(doc.title)}</h1>`,
    ...doc.preamble.map((text) => `<p style="${S.paragraph}">${escapeHtml(text)}</p>`),
    ...doc.sections.flatMap((section) => [
      `<h2 style="${S.section}">${escapeHtml(section.title)}</h2>`,
      ...section.blocks.map(blockHtml),
    ]),
    ...doc.signOff.map((text) => `<p style="${S.signOff}">${escapeHtml(text)}</p>`),
  ];
  return `<div style="${S.root}">\n${parts.join("\n")}\n</div>\n`;
}

/** The fragment to paste into a CMS's source view. */
export function reportHtmlFragment(report: Report, unknown?: UnknownCells): string {
  return documentHtml(publishDocument(report, unknown));
}
