/**
 * Where pasted cells go. A block lands from the active cell across rows and columns; a row that starts with
 * its label (copied from last year's report, say) lands on the row with that label wherever the cursor is.
 * Derived cells are skipped. Text that is not a valid number goes in as it is, exactly as if typed (see
 * `cellEntry`), and is listed in `rejected` so the summary can say which cells need correcting. Labels are read
 * by the template's label reader, the same one the importer uses; a row found by a near miss is listed in
 * `looseLabels` so the summary names the row it went to.
 */
import { cellEntry, parseCellInput } from "../report";
import { type LabelReader, labelReader } from "../template";
import type { Patch } from "./history";
import { looksLikeLabel } from "./labels";
import { cellIndexAtColumn, type GridModel, type GridPos, type GridRow } from "./model";

export interface RejectedCell {
  path: string;
  text: string;
  message: string;
}

export interface PastePlan {
  patches: Patch[];
  rejected: RejectedCell[];
  /** Non-empty pasted cells that fell outside the table. */
  clipped: number;
  /** Labels of pasted rows that match no row of the table. */
  unknownLabels: string[];
  /** Labels of derived rows (e.g. （七）总计): computed, so not pasted. */
  derivedRows: string[];
  /** Pasted labels a few characters off a row's label, with the row they were pasted into. */
  looseLabels: { written: string; label: string }[];
}

/** A pasted row split into its label (if it starts with one) and its values. */
function splitLabel(cells: readonly string[]): { label: string | null; values: readonly string[] } {
  let end = 0;
  let label: string | null = null;
  while (end < cells.length && (cells[end].trim() === "" || looksLikeLabel(cells[end]))) {
    if (cells[end].trim() !== "") label = cells[end];
    end++;
  }
  return label === null ? { label: null, values: cells } : { label, values: cells.slice(end) };
}

const READERS = new WeakMap<GridModel, LabelReader<GridRow>>();

function rowReader(model: GridModel): LabelReader<GridRow> {
  let reader = READERS.get(model);
  if (!reader) {
    reader = labelReader(model.rows.filter((r) => r.label).map((r) => ({ label: r.label, value: r })));
    READERS.set(model, reader);
  }
  return reader;
}

/**
 * @param read the value a cell holds now (for the undo step's `before`)
 * @param fill cells to fill when a single value is pasted onto a selection of several cells
 */
export function planPaste(
  model: GridModel,
  anchor: GridPos,
  block: readonly (readonly string[])[],
  read: (path: string) => unknown,
  fill: readonly GridPos[] = [],
): PastePlan {
  const plan: PastePlan = {
    patches: [],
    rejected: [],
    clipped: 0,
    unknownLabels: [],
    derivedRows: [],
    looseLabels: [],
  };
  const put = (row: GridRow, index: number, text: string) => {
    const cell = row.cells[index];
    if (!cell) {
      if (text.trim() !== "") plan.clipped++;
      return;
    }
    if (cell.derived) return;
    plan.patches.push({ path: cell.path, before: read(cell.path), after: cellEntry(text, cell.kind) });
    const parsed = parseCellInput(text, cell.kind);
    if (!parsed.ok) plan.rejected.push({ path: cell.path, text, message: parsed.message });
  };

  if (block.length === 1 && block[0].length === 1 && fill.length > 1) {
    for (const pos of fill) put(model.rows[pos.row], pos.cell, block[0][0]);
    return plan;
  }
  const anchorCol = model.rows[anchor.row].cells[anchor.cell].col;
  let offset = 0;
  for (const cells of block) {
    const { label, values } = splitLabel(cells);
    if (label !== null) {
      const match = rowReader(model).read(label);
      const row = match?.value;
      if (match?.how === "near") plan.looseLabels.push({ written: label.trim(), label: match.label });
      if (!row) plan.unknownLabels.push(label.trim());
      else if (row.derived) plan.derivedRows.push(row.label);
      else for (const [i, text] of values.entries()) put(row, i, text);
      continue;
    }
    const row = model.rows[anchor.row + offset];
    offset++;
    if (!row) {
      plan.clipped += values.filter((t) => t.trim() !== "").length;
      continue;
    }
    const start = cellIndexAtColumn(row, anchorCol);
    for (const [i, text] of values.entries()) put(row, start + i, text);
  }
  return plan;
}
