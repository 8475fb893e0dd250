/**
 * What a key does in a grid cell, as in Excel and the WAI-ARIA grid pattern. A cell is in one of three modes:
 * `nav` (selected; typing replaces the value), `enter` (typing started; arrows still move) and `edit` (F2;
 * the caret moves inside the text).
 */
import type { Direction } from "./navigation";

export type CellMode = "nav" | "enter" | "edit";

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True while an IME is composing: the key belongs to the IME, never to the grid. */
  isComposing: boolean;
}

export type GridAction =
  | { type: "move"; dir: Direction; jump: boolean; extend: boolean }
  | { type: "edge"; end: boolean; wholeTable: boolean; extend: boolean }
  | { type: "enter"; down: boolean }
  | { type: "tab"; forward: boolean }
  | { type: "cancel" }
  | { type: "edit" }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "selectAll" }
  /** Delete or Backspace on a selected cell or block: every entered cell in it becomes blank, as one undo step. */
  | { type: "clear" };

const ARROWS: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

/** The grid's action for a key, or null to let the browser handle it (typing, caret movement, IME). */
export function gridAction(e: KeyInput, mode: CellMode): GridAction | null {
  if (e.isComposing || e.key === "Process") return null;
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.altKey) {
    const key = e.key.toLowerCase();
    if (key === "z") return e.shiftKey ? { type: "redo" } : { type: "undo" };
    if (key === "y") return { type: "redo" };
    if (key === "a" && mode === "nav") return { type: "selectAll" };
  }
  const dir = ARROWS[e.key];
  if (dir) {
    if (mode === "edit" && (dir === "left" || dir === "right")) return null;
    return { type: "move", dir, jump: ctrl, extend: e.shiftKey && mode === "nav" };
  }
  switch (e.key) {
    case "Home":
    case "End":
      return mode === "edit" && !ctrl
        ? null
        : { type: "edge", end: e.key === "End", wholeTable: ctrl, extend: e.shiftKey && mode === "nav" };
    case "Enter":
      return e.altKey ? null : { type: "enter", down: !e.shiftKey };
    case "Tab":
      return ctrl || e.altKey ? null : { type: "tab", forward: !e.shiftKey };
    case "Escape":
      return { type: "cancel" };
    case "F2":
      return { type: "edit" };
    case "Delete":
    case "Backspace":
      return mode === "nav" && !ctrl && !e.altKey ? { type: "clear" } : null;
    default:
      return null;
  }
}
