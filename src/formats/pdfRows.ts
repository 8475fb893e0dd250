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

/** Consecutive lines of one cell are about 1.35 font sizes apart; rows' padding makes the step between rows larger. */
const CELL_LEADING = 1.55;
/** Anchors further apart than this many font sizes are not rows of one table. */
const MAX_ROW_STEP = 7;
/** How far (in font sizes) a wrapped label may reach below the last anchor or above the first. */
const OVERHANG = 2.2;
const ORDINAL = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+\s*[.．、])/;

const isFigure = (cell: Cell) => readCell(cell.text).kind === "number";
const firstFigure = (line: PdfLine) => line.cells.findIndex(isFigure);
const centre = (cell: Cell) => (cell.x + cell.end) / 2;
/** Two pieces of one column: left aligned or centred. */
const aligned = (a: Cell, b: Cell, tol: number) => Math.abs(a.x - b.x) <= tol || Math.abs(centre(a) - centre(b)) <= tol;

/** The label text of a page's tables, as pieces: cells left of the figure columns near rows with figures. */
function labelPieces(lines: readonly PdfLine[], anchors: readonly PdfLine[]): Piece[] {
  const pieces: Piece[] = [];
  for (const line of lines) {
    const figure = firstFigure(line);
    if (figure >= 0) {
      for (const cell of line.cells.slice(0, figure)) pieces.push({ cell, line });
      continue;
    }
    const above = anchors.findLast((a) => a.y > line.y);
    const below = anchors.find((a) => a.y < line.y);
    const reach = line.size * OVERHANG;
    const inTable =
      above && below
        ? above.y - below.y <= line.size * MAX_ROW_STEP
        : (above !== undefined && above.y - line.y <= reach) || (below !== undefined && line.y - below.y <= reach);
    const limit = Math.min(...[above, below].flatMap((a) => (a ? [a.cells[firstFigure(a)].x] : [])));
    if (inTable && line.cells.every((c) => c.end <= limit)) for (const cell of line.cells) pieces.push({ cell, line });
  }
  return pieces;
}

/** Pieces joined into the cells they were wrapped in, top to bottom. */
function cellBlocks(pieces: readonly Piece[]): Block[] {
  const blocks: Block[] = [];
  for (const piece of [...pieces].sort((a, b) => b.cell.y - a.cell.y || a.cell.x - b.cell.x)) {
    const { cell, line } = piece;
    const tol = line.size * 0.5;
    const block = ORDINAL.test(cell.text)
      ? undefined
      : blocks.findLast((b) => {
          const last = b.pieces.at(-1) as Piece;
          const step = last.cell.y - cell.y;
          return aligned(last.cell, cell, tol) && step > 0 && step <= line.size * CELL_LEADING;
        });
    if (block) {
      block.pieces.push(piece);
      block.bottom = cell.y;
      block.x = Math.min(block.x, cell.x);
    } else blocks.push({ pieces: [piece], top: cell.y, bottom: cell.y, x: cell.x });
  }
  return blocks;
}

/**
 * The page's lines with each table row's wrapped label joined into one cell before its figures; the lines the
 * label pieces came from are removed. Lines of other text are returned as they were.
 */
export function tableRows(lines: readonly PdfLine[]): PdfLine[] {
  const anchors = lines.filter((l) => firstFigure(l) >= 0);
  if (anchors.length === 0) return [...lines];
  const blocks = cellBlocks(labelPieces(lines, anchors));
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
  return lines.flatMap((line) => {
    const label = labelOf.get(line);
    if (label) {
      const text = label.pieces.map((p) => p.cell.text).join("");
      const figures = line.cells.slice(firstFigure(line));
      return [{ ...line, cells: [{ text, x: label.x, end: figures[0].x, y: line.y }, ...figures] }];
    }
    const cells = line.cells.filter((c) => !used.has(c));
    return cells.length > 0 ? [{ ...line, cells }] : [];
  });
}

/**
 * Header cells wrapped in their cell (`本年制发件` / `数`), joined back: a cell of a line without figures that
 * sits one line's leading under a cell of another such line, aligned with it (left edges or centres) and not
 * starting an ordinal, continues that cell. Only where one of the two lines has several cells (a table's
 * header), so short lines of a paragraph stay apart.
 */
export function stackedCells(lines: readonly PdfLine[]): PdfLine[] {
  const headerLike = (line: PdfLine) => firstFigure(line) < 0;
  const bottomOf = new Map<Cell, number>();
  const out: PdfLine[] = [];
  for (const line of lines) {
    if (!headerLike(line)) {
      out.push(line);
      continue;
    }
    const rest = line.cells.filter((cell) => {
      if (ORDINAL.test(cell.text)) return true;
      const continues = (a: Cell) => {
        const step = (bottomOf.get(a) ?? a.y) - cell.y;
        return step > 0 && step <= line.size * CELL_LEADING && aligned(a, cell, line.size * 0.5);
      };
      const partner = out
        .findLast((l) => headerLike(l) && (l.cells.length > 1 || line.cells.length > 1) && l.cells.some(continues))
        ?.cells.find(continues);
      if (!partner) return true;
      partner.text += cell.text;
      bottomOf.set(partner, cell.y);
      return false;
    });
    if (rest.length > 0) out.push({ ...line, cells: rest });
  }
  return out;
}
