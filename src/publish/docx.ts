/**
 * The report as a Word document (.docx) built with the `docx` package, in the house style of GB/T 9704
 * (docs/publish.md): A4, a 156 × 225 mm text block filled by 22 lines × 28 characters (a line grid),
 * the title in 2号小标宋, headings in Word's own heading styles (黑体, 楷体, 仿宋), justified 3号仿宋 body text,
 * page numbers `— 1 —` outside the text block, and the three tables with real merged cells (gridSpan / vMerge),
 * repeating heading rows and figures that never wrap. Loaded only when the user exports (dynamic import).
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
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
import type { Author } from "../review/entry";
import type { ThreadComment } from "../review/thread";
import type { TableKey } from "../template";
import { type PublishBlock, type PublishCell, type PublishDocument, type PublishTable, publishDocument } from "./model";
import { signOffLayout } from "./signOff";
import {
  BODY_FONTS,
  CHAR_PITCH_PT,
  cellAlign,
  HEI_FONTS,
  KAI_FONTS,
  LINE_PITCH_PT,
  PAGE,
  SONG_FONTS,
  TITLE_FONTS,
  tableFit,
} from "./style";
import {
  type Anchor,
  blockAnchor,
  cellAnchor,
  type FindingLookup,
  headingAnchor,
  preambleAnchor,
  signOffAnchor,
  TITLE_ANCHOR,
  type WordComment,
  wordComments,
} from "./wordComments";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const LANGUAGE = "zh-CN";
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);
const twips = (pt: number) => Math.round(pt * 20);
const MARGIN = {
  top: mm(PAGE.marginMm.top),
  bottom: mm(PAGE.marginMm.bottom),
  left: mm(PAGE.marginMm.left),
  right: mm(PAGE.marginMm.right),
  // The page number's dash line (the middle of its 4号 line) 7 mm below the text block.
  footer: mm(PAGE.marginMm.bottom - PAGE.pageNumberBelowMm) - twips(PAGE.pageNumberPt / 2),
};
const TEXT_WIDTH = mm(PAGE.textWidthMm);
/** One character of body text on the line (the 28th of its width), for the 落款's indents. */
const CHAR = twips(CHAR_PITCH_PT);
/** A line grid of 22 lines of 28.9 pt per page. */
const GRID = { type: DocumentGridType.LINES, linePitch: Math.floor(LINE_PITCH_PT * 20) };
/**
 * 28 characters of 3号 type on a 156 mm line: each character 0.25 pt narrower (−5 twentieths of a point). Not a
 * character grid (charSpace): LibreOffice gives a character wider than the grid's pitch two cells, 14 per line.
 */
const BODY_CHARACTER_SPACING = Math.floor((CHAR_PITCH_PT - PAGE.bodyPt) * 20);

/** Word takes one font name per script; the first of each stack is what Chinese Windows has. */
const font = (fonts: readonly string[], latin = "Times New Roman") => ({
  eastAsia: fonts[0],
  ascii: latin,
  hAnsi: latin,
});
const size = (pt: number) => pt * 2;
const black = { color: "000000", bold: false, italics: false };

function text(value: string, options: { pt?: number } = {}): TextRun {
  return new TextRun({ text: value, size: options.pt ? size(options.pt) : undefined });
}

/** Wraps a paragraph's runs in the ranges of the comments anchored there (none: the runs as they are). */
type Mark = (anchor: Anchor, runs: ParagraphChild[]) => ParagraphChild[];

function marker(comments: ReadonlyMap<Anchor, readonly WordComment[]>): Mark {
  return (anchor, runs) => {
    const here = comments.get(anchor) ?? [];
    if (here.length === 0) return runs;
    return [
      ...here.map((c) => new CommentRangeStart(c.id)),
      ...runs,
      ...here.map((c) => new CommentRangeEnd(c.id)),
      ...here.map((c) => new TextRun({ children: [new CommentReference(c.id)] })),
    ];
  };
}

/** Table text keeps to its own line height and character width, not the body's grid (snapToGrid off). */
function tableCell(table: PublishTable, cell: PublishCell, inHeader: boolean, fontPt: number, mark: Mark): TableCell {
  const align = cellAlign(table.table, cell, inHeader) === "left" ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
    rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57 },
    children: [
      new Paragraph({
        alignment: align,
        indent: { firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: mark(cell.path ? cellAnchor(cell.path) : "", [
          new TextRun({
            text: cell.text,
            font: font(SONG_FONTS),
            size: size(fontPt),
            characterSpacing: 0,
            snapToGrid: false,
          }),
        ]),
      }),
    ],
  });
}

/** Tables 二 and 四 are short: kept on one page rather than broken between a heading and its figures. */
const KEEP_TOGETHER: readonly TableKey[] = ["t2", "t4"];

function docxTable(table: PublishTable, mark: Mark): Table {
  const fit = tableFit(table);
  const widths = fit.widths.map((w) => Math.floor((TEXT_WIDTH * w) / 100));
  const last = table.header.length + table.body.length - 1;
  const rows = (list: PublishCell[][], inHeader: boolean, offset: number) =>
    list.map(
      (cells, r) =>
        new TableRow({
          tableHeader: inHeader || undefined,
          cantSplit: true,
          keepNext: KEEP_TOGETHER.includes(table.table) && offset + r < last,
          children: cells.map((cell) => tableCell(table, cell, inHeader, fit.fontPt, mark)),
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

const HEADING = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function block(b: PublishBlock, anchor: Anchor, mark: Mark): Paragraph | Table {
  if (b.kind === "table") return docxTable(b.table, mark);
  const children = mark(anchor, [text(b.text)]);
  if (b.kind === "heading") return new Paragraph({ heading: HEADING[b.level], children });
  return new Paragraph({ children });
}

/** 落款 lines at their grid positions; the first stands one blank line below the text. */
function signOff(lines: readonly string[], mark: Mark): Paragraph[] {
  return signOffLayout(lines).map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: Math.round(line.indent * CHAR), firstLine: 0 },
        spacing: { before: i === 0 ? GRID.linePitch : 0 },
        keepNext: i < lines.length - 1,
        children: mark(signOffAnchor(i), [text(line.text)]),
      }),
  );
}

/** `— 1 —` in 4号宋体, 右空一字 on odd pages and 左空一字 on even ones. */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const oneChar = twips(PAGE.pageNumberPt);
  const run = (value: string | (typeof PageNumber)[keyof typeof PageNumber]) =>
    new TextRun({
      children: [value],
      font: font(SONG_FONTS, SONG_FONTS[0]),
      size: size(PAGE.pageNumberPt),
      characterSpacing: 0,
      snapToGrid: false,
    });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar, firstLine: 0 } : { left: oneChar, firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [run("— "), run(PageNumber.CURRENT), run(" —")],
      }),
    ],
  });
}

const STYLES = {
  // LibreOffice takes the grid's character width from the Normal style's size, not from the document defaults.
  paragraphStyles: [{ id: "Normal", name: "Normal", run: { size: size(PAGE.bodyPt) } }],
  default: {
    document: {
      run: {
        font: font(BODY_FONTS),
        size: size(PAGE.bodyPt),
        characterSpacing: BODY_CHARACTER_SPACING,
        language: { value: LANGUAGE, eastAsia: LANGUAGE },
      },
      // Body text: justified, 2 characters' first-line indent, one grid line per line.
      paragraph: {
        alignment: AlignmentType.BOTH,
        indent: { firstLineChars: 200, firstLine: 2 * CHAR },
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      },
    },
    title: {
      run: { ...black, font: font(TITLE_FONTS), size: size(PAGE.titlePt), characterSpacing: 0 },
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { after: GRID.linePitch },
        keepNext: true,
      },
    },
    heading1: {
      run: { ...black, font: font(HEI_FONTS), size: size(PAGE.bodyPt) },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { ...black, font: font(KAI_FONTS), size: size(PAGE.bodyPt) },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 },
    },
    heading3: {
      run: { ...black, font: font(BODY_FONTS), size: size(PAGE.bodyPt) },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 2 },
    },
  },
};

/** A comment's text: one paragraph per line, as typed. */
const commentOptions = (c: WordComment) => ({
  id: c.id,
  parentId: c.parentId,
  author: c.author,
  initials: c.initials,
  date: c.date,
  resolved: c.resolved || undefined,
  children: c.text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
});

export function documentDocx(
  doc: PublishDocument,
  comments: ReadonlyMap<Anchor, readonly WordComment[]> = new Map(),
): Document {
  const mark = marker(comments);
  const title = new Paragraph({
    heading: HeadingLevel.TITLE,
    // Lines as the house style breaks them (between words, longer line first), so no editor breaks them mid-word.
    children: mark(
      TITLE_ANCHOR,
      doc.titleLines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
    ),
  });
  const children: (Paragraph | Table)[] = [
    title,
    ...doc.preamble.map((value, i) => new Paragraph({ children: mark(preambleAnchor(i), [text(value)]) })),
    ...doc.sections.flatMap((section, s) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: mark(headingAnchor(s), [text(section.title)]) }),
      ...section.blocks.map((b, i) => block(b, blockAnchor(s, i), mark)),
    ]),
    ...signOff(doc.signOff, mark),
  ];
  const all = [...comments.values()].flat().sort((a, b) => a.id - b.id);
  return new Document({
    ...(all.length > 0 ? { comments: { children: all.map(commentOptions) } } : {}),
    title: doc.title,
    creator: doc.author,
    lastModifiedBy: doc.author,
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: { size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm) }, margin: MARGIN },
          grid: GRID,
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
}

/** Whether XML 1.0 can hold a character: not C0 controls but tab and newlines, U+FFFE/U+FFFF, unpaired surrogates. */
function isXmlChar(ch: string): boolean {
  const n = ch.codePointAt(0) ?? 0;
  return (
    n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || n > 0xffff
  );
}

/** Text as XML character data: markup escaped, the characters XML cannot hold dropped. */
const xmlEscape = (value: string) =>
  [...value]
    .filter(isXmlChar)
    .join("")
    .replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`);

/** The document properties with the language, which the docx package does not write (dc:language). */
function coreProperties(doc: PublishDocument, now: Date): string {
  const date = now.toISOString().replace(/\.\d+Z$/, "Z");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(doc.title)}</dc:title><dc:creator>${xmlEscape(doc.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlEscape(doc.author)}</cp:lastModifiedBy><dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`
  );
}

/** The review comments to put in the file as Word 批注 (wordComments.ts); absent: none. */
export interface DocxReview {
  comments: readonly ThreadComment[];
  finding: FindingLookup;
  /** An author as the panel shows them (name and key fingerprint). */
  signed: (author: Author) => string;
}

/** The .docx file's bytes. */
export async function reportDocx(
  report: Report,
  unknown?: UnknownCells,
  review?: DocxReview,
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = publishDocument(report, unknown);
  const core = { path: "docProps/core.xml", data: coreProperties(doc, new Date()) };
  const comments = review ? wordComments(doc, review.comments, review.finding, review.signed) : new Map();
  return new Uint8Array(await Packer.toArrayBuffer(documentDocx(doc, comments), false, [core]));
}
