import type { GridModel } from "../../../grid";
import { Store } from "../store";

/** What a grid shows beyond the report's values: where the cursor is, what is selected, what was refused. */
export interface GridState {
  active: string;
  /** Whether focus is inside the grid (the 口径 line shows only then). */
  focused: boolean;
  /** Selected cells when more than one is selected (Shift+arrows, Ctrl+A). */
  selection: ReadonlySet<string>;
  /** Cells whose pasted text was refused, with why. */
  rejected: ReadonlyMap<string, string>;
  /** A refusal shown at a cell while typing. */
  refusal: { path: string; message: string } | null;
  /** The grid's live message (paste summary, refusals). */
  status: string;
}

export function gridStore(model: GridModel): Store<GridState> {
  const first = model.rows[0].cells.find((c) => !c.derived) ?? model.rows[0].cells[0];
  return new Store<GridState>({
    active: first.path,
    focused: false,
    selection: new Set(),
    rejected: new Map(),
    refusal: null,
    status: "",
  });
}
