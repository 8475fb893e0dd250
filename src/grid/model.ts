/**
 * A statistics table as a spreadsheet sees it: rows of number cells (entered or derived) at the columns the
 * official layout puts them. Label cells and heading rows are not part of the model; row labels are kept
 * so a pasted row can find its row by label.
 */
import { type CellKind, cellByPath, layoutMatrix, type TableKey, type TableLayout } from "../template";

export interface GridCell {
  path: string;
  /** First layout column the cell occupies (label columns count). */
  col: number;
  colspan: number;
  derived: boolean;
  kind: CellKind;
}

export interface GridRow {
  /** `t3.denied.stateSecret`, `t2.penalty`, `t4` (table 四 has one row of three groups). */
  key: string;
  /** The row's own label as printed, e.g. `1.属于国家秘密`; empty when the table has no label column. */
  label: string;
  derived: boolean;
  cells: readonly GridCell[];
}

export interface GridModel {
  table: TableKey;
  rows: readonly GridRow[];
}

export interface GridPos {
  row: number;
  cell: number;
}

function gridRowKey(path: string): string {
  const parts = path.split(".");
  return parts.length > 2 ? parts.slice(0, -1).join(".") : parts[0];
}

export function buildGridModel(layout: TableLayout): GridModel {
  const matrix = layoutMatrix(layout).slice(layout.header.length);
  const rows = matrix.flatMap((line): GridRow[] => {
    const cells: GridCell[] = [];
    let label = "";
    line.forEach((cell, col) => {
      if (!cell) return;
      if (cell.kind === "label") {
        if (cells.length === 0) label = cell.text;
        return;
      }
      const def = cellByPath(cell.path);
      if (!def) throw new Error(`template has no cell ${cell.path}`);
      cells.push({ path: cell.path, col, colspan: cell.colspan, derived: def.derived, kind: def.kind });
    });
    if (cells.length === 0) return [];
    const key = layout.table === "t4" ? "t4" : gridRowKey(cells[0].path);
    return [{ key, label, derived: cells.every((c) => c.derived), cells }];
  });
  return { table: layout.table, rows };
}

export function cellAt(model: GridModel, pos: GridPos): GridCell {
  return model.rows[pos.row].cells[pos.cell];
}

export function positionOf(model: GridModel, path: string): GridPos | null {
  for (const [row, r] of model.rows.entries()) {
    const cell = r.cells.findIndex((c) => c.path === path);
    if (cell >= 0) return { row, cell };
  }
  return null;
}

/** The cell of `row` under layout column `col`, or the nearest one when nothing covers it. */
export function cellIndexAtColumn(row: GridRow, col: number): number {
  const covering = row.cells.findIndex((c) => col >= c.col && col < c.col + c.colspan);
  if (covering >= 0) return covering;
  let best = 0;
  for (const [i, c] of row.cells.entries()) {
    if (Math.abs(c.col - col) < Math.abs(row.cells[best].col - col)) best = i;
  }
  return best;
}
