/**
 * The report as Markdown in the official layout (国办公开办函〔2021〕30号): `#` title, `##` sections,
 * `###` sub-items with generated ordinals, and the three tables built from the template layouts, merged
 * cells written as empty cells. Every count is written (blank as 0), except cells whose value is unknown (not
 * read by an import), which stay empty. User text is escaped.
 */
import { type UnknownCells, unknownCells } from "../checks";
import { computeTotals, getAt, type Report, type Totals } from "../report";
import {
  type LayoutCell,
  layoutMatrix,
  reportTitle,
  SECTIONS,
  type SectionDef,
  subItemOrdinal,
  TABLE_LAYOUTS,
  type TableKey,
} from "../template";
import { escapeCell, escapeInline, proseParagraphs } from "./text";

/** Marks the sign-off (落款) after 六 so the importer can tell it from 六's text. */
export const SIGN_OFF_RULE = "---";

/** A number in its shortest decimal form (`0.5`, `12`), never in exponent notation. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/** Cells whose value is unknown, written empty; see checks/unknownCells. */

function cellText(report: Report, totals: Totals, unknown: UnknownCells, cell: LayoutCell | null): string {
  if (cell === null) return "";
  if (cell.kind === "label") return escapeCell(cell.text);
  if (unknown.has(cell.path)) return "";
  if (cell.kind === "derived") return formatNumber(totals[cell.path] ?? 0);
  const value = getAt(report, cell.path);
  if (value === null || value === undefined) return "0";
  return typeof value === "number" ? formatNumber(value) : escapeCell(String(value)) || "0";
}

function tableRow(cells: readonly string[]): string {
  return `|${cells.map((text) => (text ? ` ${text} |` : " |")).join("")}`;
}

export function tableMarkdown(
  report: Report,
  table: TableKey,
  totals: Totals = computeTotals(report),
  unknown: UnknownCells = unknownCells(report),
): string {
  const matrix = layoutMatrix(TABLE_LAYOUTS[table]);
  const [head, ...rest] = matrix.map((row) => tableRow(row.map((cell) => cellText(report, totals, unknown, cell))));
  const separator = tableRow(matrix[0].map(() => "---"));
  return [head, separator, ...rest].join("\n");
}

function sectionBlocks(report: Report, section: SectionDef, totals: Totals, unknown: UnknownCells): string[] {
  const blocks = [`## ${section.title}`];
  if (section.table) return [...blocks, tableMarkdown(report, section.table, totals, unknown)];
  if (section.key === "s6") return [...blocks, ...proseParagraphs(report.s6.body)];
  const items = section.key === "s1" ? report.s1 : report.s5;
  section.subItems.forEach((def, i) => {
    const item = items[def.key] ?? { heading: def.defaultHeading, body: "" };
    blocks.push(`### ${subItemOrdinal(i)}${escapeInline(item.heading)}`, ...proseParagraphs(item.body));
  });
  return blocks;
}

export function toMarkdown(report: Report, unknown: UnknownCells = unknownCells(report)): string {
  const totals = computeTotals(report);
  const { organ, year, preamble, signOff } = report.meta;
  const blocks = [`# ${reportTitle(escapeInline(organ), year)}`, ...proseParagraphs(preamble)];
  for (const section of SECTIONS) blocks.push(...sectionBlocks(report, section, totals, unknown));
  const signOffLines = proseParagraphs(signOff);
  if (signOffLines.length > 0) blocks.push(SIGN_OFF_RULE, ...signOffLines);
  return `${blocks.join("\n\n")}\n`;
}
