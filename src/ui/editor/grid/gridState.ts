import type { GridModel } from "../../../grid";
import { Store, useStore } from "../store";
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

/** What the grid's state means to one cell. */
export interface CellView {
  active: boolean;
  selected: boolean;
  compare: CompareMode;
}

const COMPARE_MODES: readonly CompareMode[] = ["off", "last", "change"];

/**
 * One subscription per cell instead of one per question: ~330 cells mount at first visit and every grid update
 * runs each cell's selector. The answer is packed in a number, so an unchanged cell re-renders not.
 */
export function useCellView(store: Store<GridState>, path: string): CellView {
  const code = useStore(
    store,
    (s) => (s.active === path ? 1 : 0) | (s.selection.has(path) ? 2 : 0) | (COMPARE_MODES.indexOf(s.compare) << 2),
  );
  return { active: (code & 1) !== 0, selected: (code & 2) !== 0, compare: COMPARE_MODES[code >> 2] };
}
