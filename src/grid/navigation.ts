/** Where the active cell goes on a key, like a spreadsheet: arrows, Ctrl+arrows, Home/End, Tab and Enter. */
import { cellAt, cellIndexAtColumn, type GridModel, type GridPos } from "./model";

export type Direction = "up" | "down" | "left" | "right";

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** One step (or, with `jump`, to the edge of the table) in a direction; stays put at the edge. */
export function move(model: GridModel, from: GridPos, dir: Direction, jump = false): GridPos {
  const row = model.rows[from.row];
  if (dir === "left" || dir === "right") {
    const last = row.cells.length - 1;
    const step = dir === "left" ? -1 : 1;
    return { row: from.row, cell: jump ? (step < 0 ? 0 : last) : clamp(from.cell + step, last) };
  }
  const lastRow = model.rows.length - 1;
  const target = jump ? (dir === "up" ? 0 : lastRow) : clamp(from.row + (dir === "up" ? -1 : 1), lastRow);
  if (target === from.row) return from;
  return { row: target, cell: cellIndexAtColumn(model.rows[target], cellAt(model, from).col) };
}

/** Home/End: first or last cell of the row; with Ctrl, of the whole table. */
export function edge(model: GridModel, from: GridPos, end: boolean, wholeTable: boolean): GridPos {
  const row = wholeTable ? (end ? model.rows.length - 1 : 0) : from.row;
  return { row, cell: end ? model.rows[row].cells.length - 1 : 0 };
}

/**
 * The next entered (not derived) cell in reading order, for Tab (`forward`) and Shift+Tab; `null` past the
 * last or before the first, so focus can leave the table.
 */
export function nextInput(model: GridModel, from: GridPos, forward: boolean): GridPos | null {
  const flat = model.rows.flatMap((r, row) => r.cells.map((c, cell) => ({ row, cell, derived: c.derived })));
  const at = flat.findIndex((p) => p.row === from.row && p.cell === from.cell);
  const step = forward ? 1 : -1;
  for (let i = at + step; i >= 0 && i < flat.length; i += step) {
    if (!flat[i].derived) return { row: flat[i].row, cell: flat[i].cell };
  }
  return null;
}

/** Enter: the next entered cell below (Shift+Enter: above) in the same column; stays put at the edge. */
export function nextInputInColumn(model: GridModel, from: GridPos, down: boolean): GridPos {
  const col = cellAt(model, from).col;
  const step = down ? 1 : -1;
  for (let row = from.row + step; row >= 0 && row < model.rows.length; row += step) {
    const cell = cellIndexAtColumn(model.rows[row], col);
    if (!model.rows[row].cells[cell].derived) return { row, cell };
  }
  return from;
}

/** The cells of the rectangle spanned by two positions, row by row (for copy and for filling a selection). */
export function rectangle(model: GridModel, a: GridPos, b: GridPos): GridPos[][] {
  const ca = cellAt(model, a);
  const cb = cellAt(model, b);
  const left = Math.min(ca.col, cb.col);
  const right = Math.max(ca.col + ca.colspan, cb.col + cb.colspan) - 1;
  const rows: GridPos[][] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    const cells = model.rows[row].cells.flatMap((c, cell) =>
      c.col <= right && c.col + c.colspan - 1 >= left ? [{ row, cell }] : [],
    );
    if (cells.length) rows.push(cells);
  }
  return rows;
}
