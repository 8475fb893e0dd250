/** A table laid out as the official document lays it out: rows of cells with their spans. */

export type TableKey = "t2" | "t3" | "t4";

/** `count`: 件, a non-negative integer. `amount`: 万元, non-negative with up to 4 decimals. */
export type CellKind = "count" | "amount";

export type LayoutCell =
  | { kind: "label"; text: string; colspan: number; rowspan: number }
  | { kind: "input"; path: string; colspan: number }
  | { kind: "derived"; path: string; colspan: number };

export type LayoutRow = readonly LayoutCell[];

export interface TableLayout {
  table: TableKey;
  /** Width of the table in grid columns. */
  columns: number;
  /** Heading rows (rendered as `<th>`). */
  header: readonly LayoutRow[];
  body: readonly LayoutRow[];
}

/** One number cell of a table, entered or derived. */
export interface CellDef {
  /** Key path, e.g. `t3.denied.stateSecret.natural`. */
  path: string;
  table: TableKey;
  kind: CellKind;
  derived: boolean;
  /** Row label(s) joined by a space, e.g. `（三）不予公开 1.属于国家秘密`. */
  rowLabel: string;
  colLabel: string;
  /** The accessible name: row label + column label. */
  name: string;
}

export function label(text: string, colspan = 1, rowspan = 1): LayoutCell {
  return { kind: "label", text, colspan, rowspan };
}

export function cellDef(
  table: TableKey,
  path: string,
  rowLabel: string,
  colLabel: string,
  opts: { kind?: CellKind; derived?: boolean } = {},
): CellDef {
  return {
    path,
    table,
    kind: opts.kind ?? "count",
    derived: opts.derived ?? false,
    rowLabel,
    colLabel,
    name: `${rowLabel} ${colLabel}`,
  };
}

/**
 * The layout as a dense matrix: a spanned cell stands at its top-left position and every
 * position it covers is `null`. This is how Markdown writes merged cells (as empty cells).
 */
export function layoutMatrix(layout: TableLayout): (LayoutCell | null)[][] {
  const rows = [...layout.header, ...layout.body];
  const matrix: (LayoutCell | null)[][] = rows.map(() => new Array(layout.columns).fill(undefined));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (matrix[r][c] !== undefined) c++;
      const rowspan = cell.kind === "label" ? cell.rowspan : 1;
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          matrix[r + dr][c + dc] = dr === 0 && dc === 0 ? cell : null;
        }
      }
      c += cell.colspan;
    }
  });
  for (const [r, row] of matrix.entries()) {
    if (row.some((cell) => cell === undefined)) {
      throw new Error(`table ${layout.table} row ${r} does not fill ${layout.columns} columns`);
    }
  }
  return matrix;
}
