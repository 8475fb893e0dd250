/**
 * The report as a document to publish: title, preamble, the six sections with their sub-item headings,
 * the three tables with their merged cells and every figure as printed (blank as 0, a cell not read blank,
 * totals computed),
 * and the sign-off. The print view, the HTML fragment and the DOCX writer all render this one model,
 * so they cannot disagree about what the document says.
 */
import { type UnknownCells, unknownCells } from "../checks";
import { cellValue, computeTotals, getAt, type Report, type Totals } from "../report";
import {
  cellByPath,
  type LayoutCell,
  type LayoutRow,
  reportTitle,
  SECTIONS,
  type SectionDef,
  subItemOrdinal,
  TABLE_LAYOUTS,
  type TableKey,
} from "../template";
import { emWidth, PAGE } from "./style";
import { titleLines } from "./title";

export interface PublishCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Labels are headings of the table; numbers are figures. */
  kind: "label" | "number";
  /** Key path of a figure, for tests and screen readers; absent on labels. */
  path?: string;
}

export interface PublishTable {
  table: TableKey;
  columns: number;
  /** Heading rows, repeated when a table breaks across pages. */
  header: PublishCell[][];
  body: PublishCell[][];
}

export type PublishBlock =
  /** Level 2 is a sub-item heading （一）; level 3 a paragraph the clerk wrote as a heading `1.…` (one short line). */
  | { kind: "heading"; text: string; level: 2 | 3 }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: PublishTable };

export interface PublishSection {
  /** The template's section key (s1…s6). */
  key: string;
  title: string;
  blocks: PublishBlock[];
  /** The key path each block was written from (a table: its key), for comments anchored in an export. */
  sources: string[];
}

export interface PublishDocument {
  title: string;
  /** The title as it breaks on the page (`titleLines`). */
  titleLines: string[];
  /** The body that publishes the report (the document's author). */
  author: string;
  preamble: string[];
  sections: PublishSection[];
  /** Lines of the 落款, placed by `signOffLayout`; empty when the report has none. */
  signOff: string[];
}

/** Non-empty lines of a text area, trimmed: one printed paragraph each. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A figure as printed: `0` for blank, integers as they are, 万元 amounts with at most four decimals. */
export function formatFigure(value: number): string {
  return String(Number(value.toFixed(4)));
}

function publishCell(cell: LayoutCell, report: Report, totals: Totals, unknown: UnknownCells): PublishCell {
  if (cell.kind === "label") return { text: cell.text, colspan: cell.colspan, rowspan: cell.rowspan, kind: "label" };
  if (!cellByPath(cell.path)) throw new Error(`template has no cell ${cell.path}`);
  const text = unknown.has(cell.path) ? "" : formatFigure(cellValue(report, totals, cell.path));
  return { text, colspan: cell.colspan, rowspan: 1, kind: "number", path: cell.path };
}

export function publishTable(
  report: Report,
  table: TableKey,
  totals: Totals = computeTotals(report),
  unknown: UnknownCells = unknownCells(report),
): PublishTable {
  const layout = TABLE_LAYOUTS[table];
  const rows = (list: readonly LayoutRow[]) =>
    list.map((row) => row.map((c) => publishCell(c, report, totals, unknown)));
  return { table, columns: layout.columns, header: rows(layout.header), body: rows(layout.body) };
}

/** A third-level heading as clerks type it: `1.` and a short title on a line of its own, no sentence after it. */
function isThirdLevelHeading(text: string): boolean {
  return /^\d{1,2}[.．]\S/.test(text) && !/[。；！？]/.test(text) && emWidth(text) <= PAGE.chars;
}

function prose(text: string): PublishBlock {
  return isThirdLevelHeading(text) ? { kind: "heading", text, level: 3 } : { kind: "paragraph", text };
}

/** A section's prose blocks, each with the key path of the field it comes from. */
function proseBlocks(report: Report, def: SectionDef): { block: PublishBlock; source: string }[] {
  const body = (path: string) =>
    paragraphs(getAt(report, path) as string | undefined).map((text) => ({ block: prose(text), source: path }));
  if (def.subItems.length === 0) return body(`${def.key}.body`);
  return def.subItems.flatMap((item, i) => {
    const path = `${def.key}.${item.key}`;
    const heading = (getAt(report, `${path}.heading`) as string | undefined)?.trim();
    return [
      // A cleared heading prints the template's default, so the ordinal never stands alone.
      {
        block: { kind: "heading", text: `${subItemOrdinal(i)}${heading || item.defaultHeading}`, level: 2 } as const,
        source: `${path}.heading`,
      },
      ...body(`${path}.body`),
    ];
  });
}

export function publishDocument(report: Report, unknown: UnknownCells = unknownCells(report)): PublishDocument {
  const totals = computeTotals(report);
  const author = report.meta.organ.trim();
  const title = reportTitle(author, report.meta.year);
  return {
    title,
    titleLines: titleLines(author, title),
    author,
    preamble: paragraphs(report.meta.preamble),
    sections: SECTIONS.map((def) => {
      const blocks = def.table
        ? [
            {
              block: { kind: "table", table: publishTable(report, def.table, totals, unknown) } as const,
              source: def.table,
            },
          ]
        : proseBlocks(report, def);
      return {
        key: def.key,
        title: def.title,
        blocks: blocks.map((b) => b.block),
        sources: blocks.map((b) => b.source),
      };
    }),
    signOff: paragraphs(report.meta.signOff),
  };
}
