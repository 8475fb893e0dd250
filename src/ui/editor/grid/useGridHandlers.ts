import {
  type ClipboardEvent,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useRef,
} from "react";
import { useFormContext } from "react-hook-form";
import {
  type CellMode,
  cellAt,
  edge,
  type GridModel,
  type GridPos,
  gridAction,
  move,
  nextInput,
  nextInputInColumn,
  type PastePlan,
  parseTsv,
  planPaste,
  rectangle,
  toTsv,
} from "../../../grid";
import { cellEntry, cellProblem, derivedInputs, formatCellValue, type Report, sumCells } from "../../../report";
import { cellByPath } from "../../../template";
import { useReadOnly } from "../editorMode";
import { useHistory } from "../history";
import { keyInput } from "../keyInput";
import { readPath, writePath } from "../reportPaths";
import type { Store } from "../store";
import { deferTyping, flushTyping } from "../typing";
import type { GridState, GridStatus } from "./gridState";

const POSITIONS = new WeakMap<GridModel, Map<string, GridPos>>();
/** A cell's position in its grid, from a lookup built once per grid. */
function positionIn(model: GridModel, path: string): GridPos | null {
  let index = POSITIONS.get(model);
  if (!index) {
    index = new Map(model.rows.flatMap((r, row) => r.cells.map((c, cell) => [c.path, { row, cell }] as const)));
    POSITIONS.set(model, index);
  }
  return index.get(path) ?? null;
}

/** The cell being typed in: its mode and its value when the edit began. */
interface Session {
  path: string;
  mode: CellMode;
  start: unknown;
}

const doneStatus = (text: string): GridStatus => ({ text, tone: "done" });
const problemStatus = (text: string): GridStatus => ({ text, tone: "problem" });

function pasteSummary(plan: PastePlan): GridStatus {
  const parts = [`已粘贴${plan.patches.length}格`];
  if (plan.rejected.length) {
    parts.push(`${plan.rejected.length}格不是有效数字，已照原样填入并标红，不计入合计，请逐格改正`);
  }
  if (plan.clipped) parts.push(`${plan.clipped}格超出表格，未粘贴`);
  if (plan.unknownLabels.length) parts.push(`表中没有这些行：${plan.unknownLabels.join("、")}`);
  if (plan.derivedRows.length) parts.push(`${plan.derivedRows.join("、")}是自动计算的，未粘贴`);
  for (const loose of plan.looseLabels) {
    parts.push(`“${loose.written}”与表中的“${loose.label}”不完全一致，已粘贴到“${loose.label}”行，请核对`);
  }
  const text = `${parts.join("；")}。${plan.patches.length ? "按 Ctrl+Z 可撤销。" : ""}`;
  return { text, tone: parts.length > 1 || plan.patches.length === 0 ? "problem" : "done" };
}

/**
 * Keyboard, typing, clipboard and focus for one grid, by event delegation on the table: one set of handlers
 * instead of one per cell. The typed-in cell's state lives in a ref, so keys cost no React render.
 */
export function useGridHandlers(model: GridModel, store: Store<GridState>, table: RefObject<HTMLTableElement | null>) {
  const form = useFormContext<Report>();
  const history = useHistory();
  const readOnly = useReadOnly();
  const session = useRef<Session | null>(null);
  const anchor = useRef<GridPos | null>(null);
  const extent = useRef<GridPos | null>(null);

  const read = (path: string) => readPath(form, path);
  const write = (path: string, value: unknown) => writePath(form, path, value);
  const element = (path: string) => table.current?.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`) ?? null;
  const cellOf = (target: EventTarget) => {
    const path = target instanceof HTMLElement ? target.getAttribute("name") : null;
    const pos = path ? positionIn(model, path) : null;
    return path && pos ? { path, pos, input: target instanceof HTMLInputElement ? target : null } : null;
  };
  const say = (status: GridStatus) =>
    store.update((s) => (s.status.text === status.text && s.status.tone === status.tone ? s : { ...s, status }));
  /** Collapses a selection of several cells to the active one (typing or a click starts from one cell). */
  const collapse = (pos: GridPos) => {
    anchor.current = pos;
    extent.current = pos;
    store.update((s) => (s.selection.size ? { ...s, selection: new Set() } : s));
  };

  const selectionPositions = (): GridPos[] =>
    anchor.current && extent.current ? rectangle(model, anchor.current, extent.current).flat() : [];

  const goTo = (pos: GridPos, extend: boolean) => {
    if (extend && anchor.current) {
      extent.current = pos;
      const paths = selectionPositions().map((p) => cellAt(model, p).path);
      store.update((s) => ({ ...s, selection: new Set(paths.length > 1 ? paths : []) }));
    } else collapse(pos);
    const target = element(cellAt(model, pos).path);
    // Staying put at the table's edge: select the text again so typing replaces it.
    if (target === document.activeElement && target instanceof HTMLInputElement) target.select();
    else target?.focus();
  };

  /** Where a Shift+key moves from: the far corner of the selection, so it grows or shrinks from there. */
  const extendFrom = (pos: GridPos, extend: boolean) => (extend && extent.current ? extent.current : pos);

  /** Ctrl+A: the whole table is selected (for copy, Delete, a single pasted value); the active cell stays. */
  const selectAll = () => {
    const last = model.rows.length - 1;
    anchor.current = { row: 0, cell: 0 };
    extent.current = { row: last, cell: model.rows[last].cells.length - 1 };
    store.update((s) => ({ ...s, selection: new Set(selectionPositions().map((p) => cellAt(model, p).path)) }));
  };

  /**
   * Ends the edit as one undo step. The value is already stored as typed (see `typed`); a number is shown
   * in its plain form (`1,234` → `1234`), text that is not a number stays as typed and the status says so.
   */
  const commit = () => {
    const open = session.current;
    if (!open || open.mode === "nav") return;
    const input = element(open.path) as HTMLInputElement | null;
    const def = cellByPath(open.path);
    if (!input || !def) return;
    const value = cellEntry(input.value, def.kind);
    if (!Object.is(read(open.path), value)) write(open.path, value);
    input.value = formatCellValue(value);
    if (!Object.is(open.start, value)) history.record([{ path: open.path, before: open.start, after: value }]);
    session.current = { ...open, mode: "nav", start: value };
    const problem = cellProblem(value, def.kind);
    // A message stays until the next edit: it may no longer be true after it.
    say(
      problem
        ? problemStatus(`“${def.name}”填写的“${input.value}”${problem}。已照原样保留并标红，不计入合计，请改正。`)
        : doneStatus(""),
    );
  };

  /** Delete / Backspace: every entered cell of the selection (or the active cell) blank, as one undo step. */
  const clear = (pos: GridPos) => {
    const selected = selectionPositions();
    const cells = (selected.length > 1 ? selected : [pos]).map((p) => cellAt(model, p)).filter((c) => !c.derived);
    const patches = cells
      .map((c) => ({ path: c.path, before: read(c.path), after: null }))
      .filter((p) => p.before !== null && p.before !== undefined);
    for (const p of patches) write(p.path, null);
    history.record(patches);
    resync();
    const input = element(cellAt(model, pos).path);
    if (input instanceof HTMLInputElement) input.select();
    say(doneStatus(patches.length > 1 ? `已清空${patches.length}格。按 Ctrl+Z 可恢复。` : ""));
  };

  /** Esc: the value the cell had when the edit began. */
  const cancel = () => {
    const open = session.current;
    if (!open || open.mode === "nav") return;
    write(open.path, open.start);
    const input = element(open.path) as HTMLInputElement | null;
    if (input) {
      input.value = formatCellValue(open.start);
      input.select();
    }
    session.current = { ...open, mode: "nav" };
  };

  /** After undo or paste changed the focused cell's value under it, start its edit from the new value. */
  const resync = () => {
    const open = session.current;
    if (open) session.current = { ...open, mode: "nav", start: read(open.path) };
  };

  const onFocus = (e: FocusEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    store.update((s) => (s.active === cell.path && s.focused ? s : { ...s, active: cell.path, focused: true }));
    if (!anchor.current || !extent.current || cellAt(model, extent.current).path !== cell.path) collapse(cell.pos);
    if (cell.input) {
      session.current = { path: cell.path, mode: "nav", start: read(cell.path) };
      cell.input.select();
    }
  };

  const onBlur = (e: FocusEvent) => {
    if (!(e.relatedTarget instanceof Node && table.current?.contains(e.relatedTarget))) {
      store.update((s) => (s.focused ? { ...s, focused: false } : s));
    }
    const cell = cellOf(e.target);
    const open = session.current;
    if (!cell || !open || open.path !== cell.path) return;
    commit();
    session.current = null;
  };

  const onMouseDown = (e: MouseEvent) => {
    // A click selects the whole cell, as in a spreadsheet, also when it is the active cell already (typing
    // then replaces its value); only a cell being edited (F2, double click) takes the click as a caret.
    const cell = cellOf(e.target);
    if (!cell?.input || (session.current?.path === cell.path && session.current.mode === "edit")) return;
    e.preventDefault();
    if (document.activeElement !== cell.input) {
      cell.input.focus();
      return;
    }
    commit();
    collapse(cell.pos);
    cell.input.select();
  };

  const onDoubleClick = (e: MouseEvent) => {
    const cell = cellOf(e.target);
    if (!cell?.input || session.current?.path !== cell.path || readOnly) return;
    session.current.mode = "edit";
    const end = cell.input.value.length;
    cell.input.setSelectionRange(end, end);
  };

  /**
   * Stores what the cell now holds, as typed: the number it denotes, or the text when it is none; after the
   * key's frame is painted (`typing.ts`), so the totals follow one frame later and the digit shows at once.
   */
  const typed = (input: HTMLInputElement, path: string, pos: GridPos) => {
    const open = session.current;
    const def = cellByPath(path);
    if (!open || open.path !== path || !def) return;
    if (open.mode === "nav") {
      open.mode = "enter";
      collapse(pos);
    }
    deferTyping(path, () => {
      const value = cellEntry(input.value, def.kind);
      if (!Object.is(read(path), value)) write(path, value);
    });
  };

  const onInput = (e: FormEvent) => {
    const cell = cellOf(e.target);
    // An IME is still composing: wait for the finished word (compositionend).
    if (!cell?.input || (e.nativeEvent as InputEvent).isComposing) return;
    typed(cell.input, cell.path, cell.pos);
  };

  const onCompositionEnd = (e: FormEvent) => {
    const cell = cellOf(e.target);
    if (cell?.input) typed(cell.input, cell.path, cell.pos);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const mode = session.current?.path === cell.path ? session.current.mode : "nav";
    const action = gridAction(keyInput(e), mode);
    if (!action) {
      if (!cell.input && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
        say(problemStatus(`“${cellByPath(cell.path)?.name}”是自动计算的合计，不能填写。`));
      }
      return;
    }
    switch (action.type) {
      case "move":
        commit();
        goTo(move(model, extendFrom(cell.pos, action.extend), action.dir, action.jump), action.extend);
        break;
      case "edge":
        commit();
        goTo(edge(model, extendFrom(cell.pos, action.extend), action.end, action.wholeTable), action.extend);
        break;
      case "enter":
        commit();
        goTo(nextInputInColumn(model, cell.pos, action.down), false);
        break;
      case "tab": {
        commit();
        const next = nextInput(model, cell.pos, action.forward);
        if (!next) return; // let focus leave the table
        goTo(next, false);
        break;
      }
      case "cancel":
        if (mode === "nav") {
          goTo(cell.pos, false);
          say(doneStatus(""));
        } else cancel();
        break;
      case "edit":
        if (cell.input && session.current && !readOnly) {
          session.current.mode = "edit";
          const end = cell.input.value.length;
          cell.input.setSelectionRange(end, end);
        }
        break;
      case "undo":
      case "redo":
        if (readOnly) break;
        commit();
        history[action.type]();
        resync();
        break;
      case "selectAll":
        selectAll();
        break;
      case "clear":
        if (!readOnly) clear(cell.pos);
        break;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const onPaste = (e: ClipboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell || readOnly) return;
    const text = e.clipboardData.getData("text/plain");
    const open = session.current;
    if (open?.path === cell.path && open.mode === "edit" && !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    commit();
    const selection = selectionPositions();
    const fill = selection.length > 1 ? selection : [];
    const plan = planPaste(model, fill[0] ?? cell.pos, parseTsv(text), read, fill);
    for (const p of plan.patches) write(p.path, p.after);
    history.record(plan.patches);
    resync();
    say(pasteSummary(plan));
    cell.input?.select();
  };

  const onCopy = (e: ClipboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    const partial = input && input.selectionStart !== null && input.selectionEnd !== input.value.length;
    if (session.current?.mode === "edit" && partial) return;
    flushTyping();
    const report = form.getValues();
    const rows = anchor.current && extent.current ? rectangle(model, anchor.current, extent.current) : [[cell.pos]];
    const text = toTsv(
      rows.map((row) =>
        row.map((p) => {
          const c = cellAt(model, p);
          return c.derived ? String(sumCells(report, derivedInputs(c.path))) : formatCellValue(read(c.path));
        }),
      ),
    );
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
    say(doneStatus(`已复制${rows.flat().length}格，可粘贴到 Excel 或 WPS。`));
  };

  return { onFocus, onBlur, onMouseDown, onDoubleClick, onInput, onCompositionEnd, onKeyDown, onPaste, onCopy };
}
