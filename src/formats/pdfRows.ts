/**
 * Table rows of a PDF page rebuilt from positions. A row of a printed table is a line with figures (its anchor);
 * its label sits left of the figure columns and may be wrapped over several lines of its cell, above, on and
 * below the anchor (vertically centred, as LibreOffice and Chromium print them) or from the anchor down (top
 * aligned). Pieces of label text are first joined into cell blocks by position alone (same column: left edges or
 * centres aligned; next line of the cell: a line's leading apart; a new ordinal `1.` `（二）` `三、` starts a
 * new cell), then each anchor takes the block that spans its baseline in the rightmost label column. Blocks
 * further left spanning the same anchor are group labels (rowspan cells such as `（三）不予公开`): they are not
 * part of the row label and are left out, as the template's labels of each row do not include them.
 */
import { readCell } from "./cellValue";

export interface Cell {
  text: string;
  x: number;
  end: number;
  /** Baseline of the cell's own text: a line gathers cells whose baselines differ by up to half a font size. */
  y: number;
}

export interface PdfLine {
  cells: Cell[];
  y: number;
  size: number;
}

interface Piece {
  cell: Cell;
  line: PdfLine;
}

interface Block {
  pieces: Piece[];
  top: number;
  bottom: number;
  x: number;
}

/**
 * Consecutive lines of one cell are at least about 1.35 font sizes apart (LibreOffice, Chromium); a document
 * with a fixed line pitch (our Word export: 28 pt) puts them as far apart as one-line rows. A step up to this
 * many font sizes, or up to a little more than the page's smallest step between rows, may go on in one cell.
 */
const CELL_LEADING = 1.55;
const ROW_STEP_SLACK = 1.1;
/** A wrapped line is at most about one character wider than the line before it (a break moved by punctuation). */
const WIDER_BY = 1.5;
/** Anchors further apart than this many line pitches are not rows of one table. */
const MAX_ROW_LINES = 6;
/** How far (in line pitches) a wrapped label may reach below the last anchor or above the first. */
const OVERHANG = 3.5;
const ORDINAL = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+\s*[.．、])/;

const isFigure = (cell: Cell) => readCell(cell.text).kind === "number";
const firstFigure = (line: PdfLine) => line.cells.findIndex(isFigure);
const centre = (cell: Cell) => (cell.x + cell.end) / 2;
/** Two pieces of one column: left aligned or centred. */
const aligned = (a: Cell, b: Cell, tol: number) => Math.abs(a.x - b.x) <= tol || Math.abs(centre(a) - centre(b)) <= tol;

/** The largest step from one line of a cell to the next on a page with these rows. */
function linePitch(anchors: readonly PdfLine[], size: number): number {
  const steps = anchors.slice(1).map((a, i) => anchors[i].y - a.y);
  return Math.max(size * CELL_LEADING, steps.length > 0 ? Math.min(...steps) * ROW_STEP_SLACK : 0);
}

/** Whether `below` may be the next line of the cell whose last line so far is `above`. */
function wrapsOnto(above: Cell, below: Cell, size: number, pitch: number): boolean {
  const step = above.y - below.y;
  return (
    !ORDINAL.test(below.text) &&
    step > 0 &&
    step <= pitch &&
    aligned(above, below, size * 0.5) &&
    below.end - below.x <= above.end - above.x + size * WIDER_BY
  );
}

/** The label text of a page's tables, as pieces: cells left of the figure columns near rows with figures. */
function labelPieces(lines: readonly PdfLine[], anchors: readonly PdfLine[], pitch: number): Piece[] {
  const pieces: Piece[] = [];
  for (const line of lines) {
    const figure = firstFigure(line);
    if (figure >= 0) {
      for (const cell of line.cells.slice(0, figure)) pieces.push({ cell, line });
      continue;
    }
    const above = anchors.findLast((a) => a.y > line.y);
    const below = anchors.find((a) => a.y < line.y);
    const reach = pitch * OVERHANG;
    const inTable =
      above && below
        ? above.y - below.y <= pitch * MAX_ROW_LINES
        : (above !== undefined && above.y - line.y <= reach) || (below !== undefined && line.y - below.y <= reach);
    const limit = Math.min(...[above, below].flatMap((a) => (a ? [a.cells[firstFigure(a)].x] : [])));
    if (inTable && line.cells.every((c) => c.end <= limit)) for (const cell of line.cells) pieces.push({ cell, line });
  }
  return pieces;
}

/**
 * Pieces joined into the cells they were wrapped in, top to bottom. A row's label lies in that row's band, so
 * a block never spans the baselines of two rows: the labels of two rows printed one under the other (`规章` /
 * `行政规范性文件`, `…申请数量` / `三`) stay apart, and a group label printed down its rowspan cell is cut
 * into pieces, one per row it spans.
 */
function cellBlocks(pieces: readonly Piece[], anchors: readonly PdfLine[], pitch: number): Block[] {
  const blocks: Block[] = [];
  for (const piece of [...pieces].sort((a, b) => b.cell.y - a.cell.y || a.cell.x - b.cell.x)) {
    const { cell, line } = piece;
    const tol = line.size * 0.3;
    const block = blocks.findLast(
      (b) =>
        wrapsOnto((b.pieces.at(-1) as Piece).cell, cell, line.size, pitch) &&
        anchors.filter((a) => a.y <= b.top + tol && a.y >= cell.y - tol).length <= 1,
    );
    if (block) {
      block.pieces.push(piece);
      block.bottom = cell.y;
      block.x = Math.min(block.x, cell.x);
    } else blocks.push({ pieces: [piece], top: cell.y, bottom: cell.y, x: cell.x });
  }
  return blocks;
}

/**
 * The page's lines with each table row's wrapped label joined into one cell before its figures (the lines the
 * label pieces came from are removed) and wrapped header cells joined. Lines of other text are returned as
 * they were.
 */
export function tableRows(lines: readonly PdfLine[]): PdfLine[] {
  const anchors = lines.filter((l) => firstFigure(l) >= 0);
  const pitch = linePitch(anchors, Math.max(0, ...lines.map((l) => l.size)));
  const pieces = labelPieces(lines, anchors, pitch);
  const blocks = cellBlocks(pieces, anchors, pitch);
  const used = new Set<Cell>();
  const labelOf = new Map<PdfLine, Block>();
  for (const anchor of anchors) {
    const tol = anchor.size * 0.6;
    const spanning = blocks.filter((b) => b.top + tol >= anchor.y && b.bottom - tol <= anchor.y);
    const label = spanning.reduce<Block | undefined>((best, b) => (!best || b.x > best.x ? b : best), undefined);
    if (!label) continue;
    labelOf.set(anchor, label);
    for (const b of spanning) for (const p of b.pieces) used.add(p.cell);
  }
  // What is left of the nearest row's label is a piece of a group label.
  const labelled = anchors.filter((a) => labelOf.has(a));
  for (const { cell, line } of pieces) {
    const nearest = labelled.reduce<PdfLine | undefined>(
      (best, a) => (!best || Math.abs(a.y - cell.y) < Math.abs(best.y - cell.y) ? a : best),
      undefined,
    );
    const label = nearest && labelOf.get(nearest);
    if (label && cell.end <= label.x + line.size * 0.5) used.add(cell);
  }
  const rows = lines.flatMap((line) => {
    const label = labelOf.get(line);
    if (label) {
      const text = label.pieces.map((p) => p.cell.text).join("");
      const figures = line.cells.slice(firstFigure(line));
      return [{ ...line, cells: [{ text, x: label.x, end: figures[0].x, y: line.y }, ...figures] }];
    }
    const cells = line.cells.filter((c) => !used.has(c));
    return cells.length > 0 ? [{ ...line, cells }] : [];
  });
  return stackedCells(rows, pitch, figureColumns(anchors));
}

interface Columns {
  /** Left edge of the first figure column and the smallest step between figure columns. */
  start: number;
  step: number;
}

function figureColumns(anchors: readonly PdfLine[]): Columns {
  const figures = anchors.map((a) => a.cells.slice(firstFigure(a)).map(centre));
  const steps = figures.flatMap((xs) => xs.slice(1).map((x, i) => x - xs[i]));
  const starts = anchors.map((a) => a.cells[firstFigure(a)].x);
  return { start: Math.min(...starts), step: Math.min(...steps) };
}

const spansColumns = (cell: Cell, columns: Columns, size: number) =>
  cell.end > columns.start && cell.end - cell.x > columns.step + size * 0.5;

/**
 * Header cells wrapped in their cell (`本年制发件` / `数`), joined back: a cell of a line without figures that
 * wraps onto a cell of another such line above continues it. Only where one of the two lines has several
 * cells (a table's header), so short lines of a paragraph stay apart; and not onto a header cell over several
 * figure columns (`法人或其他组织`), whose centre may be that of the column under it (`社会`).
 */
function stackedCells(lines: readonly PdfLine[], pitch: number, columns: Columns): PdfLine[] {
  const headerLike = (line: PdfLine) => firstFigure(line) < 0;
  const lastOf = new Map<Cell, Cell>();
  const out: PdfLine[] = [];
  for (const line of lines) {
    if (!headerLike(line)) {
      out.push(line);
      continue;
    }
    const rest = line.cells.filter((cell) => {
      const continues = (a: Cell) =>
        wrapsOnto(lastOf.get(a) ?? a, cell, line.size, pitch) && !spansColumns(a, columns, line.size);
      const partner = out
        .findLast((l) => headerLike(l) && (l.cells.length > 1 || line.cells.length > 1) && l.cells.some(continues))
        ?.cells.find(continues);
      if (!partner) return true;
      partner.text += cell.text;
      lastOf.set(partner, cell);
      return false;
    });
    if (rest.length > 0) out.push({ ...line, cells: rest });
  }
  return out;
}
