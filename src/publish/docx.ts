/**
 * The report as a Word document (.docx) built with the `docx` package: A4 with the margins of
 * official documents (GB/T 9704), 仿宋 body text, and the three tables with real merged cells
 * (gridSpan / vMerge) and repeating heading rows, so Word, WPS and LibreOffice can edit it.
 * Loaded only when the user exports (the UI imports this module dynamically).
 */
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { UnknownCells } from "../checks";
import type { Report } from "../report";
import type { TableKey } from "../template";
import { type PublishBlock, type PublishCell, type PublishDocument, type PublishTable, publishDocument } from "./model";
import { BODY_FONTS, COLUMN_WIDTHS, cellAlign, HEI_FONTS, SONG_FONTS, TABLE_FONT_PT } from "./style";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);
/** GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = mm(210 - 28 - 26);
const A4 = { width: mm(210), height: mm(297) };

/** Word takes one font name per script; the first of each stack is what Chinese Windows has. */
const font = (fonts: readonly string[]) => ({ eastAsia: fonts[0], ascii: "Times New Roman", hAnsi: "Times New Roman" });
const BODY_PT = 16;
/** Fixed 28 pt lines, the usual spacing of official documents in 三号 type. */
const BODY_SPACING = { line: 28 * 20, lineRule: LineRuleType.EXACT };
const INDENT_2_CHARS = { firstLine: BODY_PT * 2 * 20 };

function text(value: string, options: { fonts?: readonly string[]; pt?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({
    text: value,
    font: font(options.fonts ?? BODY_FONTS),
    size: (options.pt ?? BODY_PT) * 2,
    bold: options.bold,
  });
}

function tableCell(table: PublishTable, cell: PublishCell, inHeader: boolean): TableCell {
  const align = cellAlign(table.table, cell, inHeader) === "left" ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
    rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57 },
    children: [
      new Paragraph({
        alignment: align,
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [text(cell.text, { fonts: SONG_FONTS, pt: TABLE_FONT_PT[table.table] })],
      }),
    ],
  });
}

/** Tables 二 and 四 are short: kept on one page rather than broken between a heading and its figures. */
const KEEP_TOGETHER: readonly TableKey[] = ["t2", "t4"];

function docxTable(table: PublishTable): Table {
  const widths = COLUMN_WIDTHS[table.table].map((w) => Math.floor((TEXT_WIDTH * w) / 100));
  const last = table.header.length + table.body.length - 1;
  const rows = (list: PublishCell[][], inHeader: boolean, offset: number) =>
    list.map(
      (cells, r) =>
        new TableRow({
          tableHeader: inHeader || undefined,
          cantSplit: true,
          keepNext: KEEP_TOGETHER.includes(table.table) && offset + r < last,
          children: cells.map((cell) => tableCell(table, cell, inHeader)),
        }),
    );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [...rows(table.header, true, 0), ...rows(table.body, false, table.header.length)],
  });
}

function bodyParagraph(value: string): Paragraph {
  return new Paragraph({ spacing: BODY_SPACING, indent: INDENT_2_CHARS, children: [text(value)] });
}

function block(b: PublishBlock): Paragraph | Table {
  if (b.kind === "table") return docxTable(b.table);
  if (b.kind === "heading") {
    return new Paragraph({
      spacing: BODY_SPACING,
      indent: INDENT_2_CHARS,
      outlineLevel: 1,
      children: [text(b.text, { bold: true })],
    });
  }
  return bodyParagraph(b.text);
}

export function documentDocx(doc: PublishDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 28 * 20 },
      outlineLevel: 0,
      children: [text(doc.title, { fonts: SONG_FONTS, pt: 22, bold: true })],
    }),
    ...doc.preamble.map(bodyParagraph),
    ...doc.sections.flatMap((section) => [
      new Paragraph({
        spacing: BODY_SPACING,
        indent: INDENT_2_CHARS,
        outlineLevel: 0,
        keepNext: true,
        children: [text(section.title, { fonts: HEI_FONTS })],
      }),
      ...section.blocks.map(block),
    ]),
    // The 落款 stands one blank line below the text, right-aligned.
    ...doc.signOff.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { ...BODY_SPACING, before: i === 0 ? BODY_SPACING.line : 0 },
          children: [text(line)],
        }),
    ),
  ];
  return new Document({
    title: doc.title,
    creator: "年报编制",
    styles: { default: { document: { run: { font: font(BODY_FONTS), size: BODY_PT * 2 } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
}

/** The .docx file's bytes. */
export async function reportDocx(report: Report, unknown?: UnknownCells): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(documentDocx(publishDocument(report, unknown))));
}
