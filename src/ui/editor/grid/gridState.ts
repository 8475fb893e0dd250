import type { GridModel } from "../../../grid";
import { Store } from "../store";
import type { CompareMode } from "./compare";

/** What a grid shows beyond the report's values: where the cursor is and what is selected. */
export interface GridState {
  active: string;
  /** Whether focus is inside the grid (the 口径 line shows only then). */
  focused: boolean;
  /** Selected cells when more than one is selected (Shift+arrows, Ctrl+A). */
  selection: ReadonlySet<string>;
  /** The grid's live message (paste summary, text that is not a number), until the next edit. */
  status: GridStatus;
  /** What each figure shows beside it: nothing, last year's figure, or the change (when last year is known). */
  compare: CompareMode;
}

/** `done` says what happened (已粘贴12格); `problem` what needs putting right. Only a problem is in red. */
export interface GridStatus {
  text: string;
  tone: "done" | "problem";
}

export function gridStore(model: GridModel): Store<GridState> {
  const first = model.rows[0].cells.find((c) => !c.derived) ?? model.rows[0].cells[0];
  return new Store<GridState>({
    active: first.path,
    focused: false,
    selection: new Set(),
    status: { text: "", tone: "done" },
    compare: "off",
  });
}
