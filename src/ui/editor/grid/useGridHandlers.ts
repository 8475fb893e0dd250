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
  screenTyping,
  toTsv,
} from "../../../grid";
import { derivedInputs, parseCellInput, type Report, sumCells } from "../../../report";
import { cellByPath } from "../../../template";
import { useReadOnly } from "../editorMode";
import { useHistory } from "../history";
import { keyInput } from "../keyInput";
import type { Store } from "../store";
import { cellText } from "./GridInput";
import type { GridState } from "./gridState";

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

/** The cell being typed in: its mode, its value when the edit began, and the last text that was acceptable. */
interface Session {
  path: string;
  mode: CellMode;
  start: unknown;
  good: string;
}

function pasteSummary(plan: PastePlan): string {
  const parts = [`已粘贴${plan.patches.length}格`];
  if (plan.rejected.length) parts.push(`${plan.rejected.length}格不是有效数字，未填入（已标红）`);
  if (plan.clipped) parts.push(`${plan.clipped}格超出表格，未粘贴`);
  if (plan.unknownLabels.length) parts.push(`表中没有这些行：${plan.unknownLabels.join("、")}`);
  if (plan.derivedRows.length) parts.push(`${plan.derivedRows.join("、")}是自动计算的，未粘贴`);
  return `${parts.join("；")}。${plan.patches.length ? "按 Ctrl+Z 可撤销。" : ""}`;
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

  const read = (path: string) => form.getValues(path as "s6.body") as unknown;
  const write = (path: string, value: unknown) => form.setValue(path as "s6.body", value as string);
  const element = (path: string) => table.current?.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`) ?? null;
  const cellOf = (target: EventTarget) => {
    const path = target instanceof HTMLElement ? target.getAttribute("name") : null;
    const pos = path ? positionIn(model, path) : null;
    return path && pos ? { path, pos, input: target instanceof HTMLInputElement ? target : null } : null;
  };
  const say = (status: string) => store.update((s) => ({ ...s, status }));
  const refuse = (path: string, message: string) =>
    store.update((s) => ({ ...s, refusal: { path, message }, status: `“${cellByPath(path)?.name}”：${message}` }));
  const clearRefusal = (path: string) =>
    store.update((s) =>
      s.refusal?.path === path || s.rejected.has(path)
        ? { ...s, refusal: null, rejected: new Map([...s.rejected].filter(([p]) => p !== path)) }
        : s,
    );

  const selectionPositions = (): GridPos[] =>
    anchor.current && extent.current ? rectangle(model, anchor.current, extent.current).flat() : [];

  const goTo = (pos: GridPos, extend: boolean) => {
    if (extend && anchor.current) {
      extent.current = pos;
      const paths = selectionPositions().map((p) => cellAt(model, p).path);
      store.update((s) => ({ ...s, selection: new Set(paths.length > 1 ? paths : []) }));
    } else {
      anchor.current = pos;
      extent.current = pos;
      store.update((s) => (s.selection.size ? { ...s, selection: new Set() } : s));
    }
    const target = element(cellAt(model, pos).path);
    // Staying put at the table's edge: select the text again so typing replaces it.
    if (target === document.activeElement && target instanceof HTMLInputElement) target.select();
    else target?.focus();
  };

  /** Stores the typed text as the cell's value and records the edit; false when the text is not a number. */
  const commit = (): boolean => {
    const open = session.current;
    if (!open || open.mode === "nav") return true;
    const input = element(open.path) as HTMLInputElement | null;
    const def = cellByPath(open.path);
    if (!input || !def) return true;
    const parsed = parseCellInput(input.value, def.kind);
    if (!parsed.ok) {
      refuse(open.path, parsed.message);
      return false;
    }
    if (!Object.is(read(open.path), parsed.value)) write(open.path, parsed.value);
    input.value = cellText(parsed.value);
    history.record([{ path: open.path, before: open.start, after: parsed.value }]);
    session.current = { ...open, mode: "nav", start: parsed.value, good: input.value };
    clearRefusal(open.path);
    return true;
  };

  /** Esc: the value the cell had when the edit began. */
  const cancel = () => {
    const open = session.current;
    if (!open || open.mode === "nav") return;
    write(open.path, open.start);
    const input = element(open.path) as HTMLInputElement | null;
    if (input) {
      input.value = cellText(open.start);
      input.select();
    }
    session.current = { ...open, mode: "nav", good: input?.value ?? "" };
    clearRefusal(open.path);
  };

  /** After undo or paste changed the focused cell's value under it, start its edit from the new value. */
  const resync = () => {
    const open = session.current;
    if (open) session.current = { ...open, mode: "nav", start: read(open.path), good: cellText(read(open.path)) };
  };

  const onFocus = (e: FocusEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    store.update((s) => (s.active === cell.path && s.focused ? s : { ...s, active: cell.path, focused: true }));
    if (!anchor.current || !extent.current || cellAt(model, extent.current).path !== cell.path) {
      anchor.current = cell.pos;
      extent.current = cell.pos;
      store.update((s) => (s.selection.size ? { ...s, selection: new Set() } : s));
    }
    if (cell.input) {
      session.current = { path: cell.path, mode: "nav", start: read(cell.path), good: cell.input.value };
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
    if (!commit()) {
      // Leaving a cell with text that is not a number: keep the value it had, and say so.
      write(open.path, open.start);
      if (cell.input) cell.input.value = cellText(open.start);
      say(`“${cellByPath(open.path)?.name}”填写的内容不是有效数字，已恢复原值。`);
    }
    session.current = null;
  };

  const onMouseDown = (e: MouseEvent) => {
    // A click selects the whole cell, as in a spreadsheet; a double click then edits inside the text.
    const cell = cellOf(e.target);
    if (cell?.input && document.activeElement !== cell.input) {
      e.preventDefault();
      cell.input.focus();
    }
  };

  const onDoubleClick = (e: MouseEvent) => {
    const cell = cellOf(e.target);
    if (cell?.input && session.current?.path === cell.path && !readOnly) session.current.mode = "edit";
  };

  const screen = (input: HTMLInputElement, path: string) => {
    const open = session.current;
    const def = cellByPath(path);
    if (!open || open.path !== path || !def) return;
    const result = screenTyping(input.value, def.kind);
    if (!result.ok) {
      input.value = open.good;
      refuse(path, result.message);
      return;
    }
    open.good = input.value;
    if (open.mode === "nav") open.mode = "enter";
    if (result.complete && !Object.is(read(path), result.value)) write(path, result.value);
    clearRefusal(path);
  };

  const onInput = (e: FormEvent) => {
    const cell = cellOf(e.target);
    // An IME is still composing: wait for the finished word (compositionend).
    if (!cell?.input || (e.nativeEvent as InputEvent).isComposing) return;
    screen(cell.input, cell.path);
  };

  const onCompositionEnd = (e: FormEvent) => {
    const cell = cellOf(e.target);
    if (cell?.input) screen(cell.input, cell.path);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const mode = session.current?.path === cell.path ? session.current.mode : "nav";
    const action = gridAction(keyInput(e), mode);
    if (!action) {
      if (!cell.input && e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
        say(`“${cellByPath(cell.path)?.name}”是自动计算的合计，不能填写。`);
      }
      return;
    }
    switch (action.type) {
      case "move":
        if (!commit()) break;
        goTo(move(model, cell.pos, action.dir, action.jump), action.extend);
        break;
      case "edge":
        if (!commit()) break;
        goTo(edge(model, cell.pos, action.end, action.wholeTable), false);
        break;
      case "enter":
        if (commit()) goTo(nextInputInColumn(model, cell.pos, action.down), false);
        break;
      case "tab": {
        if (!commit()) break;
        const next = nextInput(model, cell.pos, action.forward);
        if (!next) return; // let focus leave the table
        goTo(next, false);
        break;
      }
      case "cancel":
        if (mode === "nav") {
          goTo(cell.pos, false);
          say("");
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
        if (!commit()) cancel();
        history[action.type]();
        resync();
        break;
      case "selectAll": {
        const rows = model.rows;
        anchor.current = { row: 0, cell: 0 };
        goTo({ row: rows.length - 1, cell: rows[rows.length - 1].cells.length - 1 }, true);
        break;
      }
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
    if (!commit()) cancel();
    const selection = selectionPositions();
    const fill = selection.length > 1 ? selection : [];
    const plan = planPaste(model, fill[0] ?? cell.pos, parseTsv(text), read, fill);
    for (const p of plan.patches) write(p.path, p.after);
    history.record(plan.patches);
    resync();
    const rejected = new Map(plan.rejected.map((r) => [r.path, `粘贴的“${r.text}”未填入：${r.message}`]));
    store.update((s) => ({ ...s, rejected, refusal: null, status: pasteSummary(plan) }));
    cell.input?.select();
  };

  const onCopy = (e: ClipboardEvent) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    const partial = input && input.selectionStart !== null && input.selectionEnd !== input.value.length;
    if (session.current?.mode === "edit" && partial) return;
    const report = form.getValues();
    const rows = anchor.current && extent.current ? rectangle(model, anchor.current, extent.current) : [[cell.pos]];
    const text = toTsv(
      rows.map((row) =>
        row.map((p) => {
          const c = cellAt(model, p);
          return c.derived ? String(sumCells(report, derivedInputs(c.path))) : cellText(read(c.path));
        }),
      ),
    );
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
    say(`已复制${rows.flat().length}格，可粘贴到 Excel 或 WPS。`);
  };

  return { onFocus, onBlur, onMouseDown, onDoubleClick, onInput, onCompositionEnd, onKeyDown, onPaste, onCopy };
}
