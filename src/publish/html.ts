/**
 * The report as a self-contained HTML fragment for a website CMS, pasted below the page's own title (the CMS's
 * `<h1>`): the six parts as `<h2>`, sub-items as `<h3>`. No scripts or style sheets, `style` attributes for the
 * layout; each table also has `border="1"` and the class `xxgk-table`, so its borders survive a CMS that strips
 * `style` (docs/publish.md has the CSS for the class). Every text from the report is escaped.
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
  section: css({
    "font-family": fontStack(HEI_FONTS),
    "font-size": "1em",
    "font-weight": "normal",
    margin: "0.5em 0 0",
    "text-indent": "2em",
  }),
  caption: css({ "text-align": "left" }),
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

/** `bodyLabel`: a label in the table body is a `<th>` for screen readers, but not bold: it looks as it did as `<td>`. */
function cellStyle(align: string, bodyLabel = false): string {
  const cell = { border: "1px solid #000", padding: "2pt 3pt", "text-align": align, "vertical-align": "middle" };
  return css(bodyLabel ? { ...cell, "font-weight": "normal" } : cell);
}

function spans(cell: { colspan: number; rowspan: number }): string {
  return `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ""}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ""}`;
}

/** The class a CMS style sheet can give borders to (docs/publish.md), should it strip `style` and `border`. */
export const TABLE_CLASS = "xxgk-table";

type Row = PublishTable["body"][number];

/**
 * A label heads the column below it in a row of labels only (the header, and 表二's `信息内容 | 本年制发件数` rows),
 * else the row it starts (`行政处罚`, `三、本年度办理结果`).
 */
function cellHtml(table: PublishTable, cell: Row[number], row: Row, inHeader: boolean): string {
  const align = cellAlign(table.table, cell, inHeader);
  if (cell.kind === "number") return `<td${spans(cell)} style="${cellStyle(align)}">${escapeHtml(cell.text)}</td>`;
  const scope = inHeader || row.every((c) => c.kind === "label") ? "col" : "row";
  const style = cellStyle(align, !inHeader);
  return `<th scope="${scope}"${spans(cell)} style="${style}">${escapeHtml(cell.text)}</th>`;
}

/** A table section: its `<h2>` is the table's caption, so the title is said once and names the table. */
function tableHtml(table: PublishTable, title: string): string {
  const row = (cells: Row, inHeader: boolean) =>
    `<tr>${cells.map((cell) => cellHtml(table, cell, cells, inHeader)).join("")}</tr>`;
  const cols = COLUMN_WIDTHS[table.table].map((w) => `<col style="${css({ width: `${w.toFixed(2)}%` })}">`).join("");
  const head = table.header.length ? `<thead>\n${table.header.map((r) => row(r, true)).join("\n")}\n</thead>\n` : "";
  const caption = `<caption style="${S.caption}"><h2 style="${S.section}">${escapeHtml(title)}</h2></caption>`;
  return `<table border="1" class="${TABLE_CLASS}" style="${tableStyle(table)}">\n${caption}\n<colgroup>${cols}</colgroup>\n${head}<tbody>\n${table.body
    .map((r) => row(r, false))
    .join("\n")}\n</tbody>\n</table>`;
}

function blockHtml(block: PublishBlock, sectionTitle: string): string {
  if (block.kind === "table") return tableHtml(block.table, sectionTitle);
  if (block.kind === "heading") return `<h3 style="${S.subItem}">${escapeHtml(block.text)}</h3>`;
  return `<p style="${S.paragraph}">${escapeHtml(block.text)}</p>`;
}

function sectionHtml({ title, blocks }: PublishDocument["sections"][number]): string[] {
  const heading = blocks.some((b) => b.kind === "table") ? [] : [`<h2 style="${S.section}">${escapeHtml(title)}</h2>`];
  return [...heading, ...blocks.map((block) => blockHtml(block, title))];
}

/** The document without its title, which the CMS page already shows. */
export function documentHtml(doc: PublishDocument): string {
  const parts = [
    ...doc.preamble.map((text) => `<p style="${S.paragraph}">${escapeHtml(text)}</p>`),
    ...doc.sections.flatMap(sectionHtml),
    ...doc.signOff.map((text) => `<p style="${S.signOff}">${escapeHtml(text)}</p>`),
  ];
  return `<div style="${S.root}">\n${parts.join("\n")}\n</div>\n`;
}

/** The fragment to paste into a CMS's source view. */
export function reportHtmlFragment(report: Report, unknown?: UnknownCells): string {
  return documentHtml(publishDocument(report, unknown));
}
