import { describe, expect, it } from "vitest";
import { emptyHistory, gridAction, HISTORY_LIMIT, type KeyInput, record, redo, undo } from ".";

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe("gridAction", () => {
  it("moves with arrows in nav and enter mode, leaves the caret to the browser in edit mode", () => {
    expect(gridAction(key("ArrowDown"), "nav")).toEqual({ type: "move", dir: "down", jump: false, extend: false });
    expect(gridAction(key("ArrowLeft"), "enter")).toMatchObject({ type: "move", dir: "left" });
    expect(gridAction(key("ArrowLeft"), "edit")).toBeNull();
    expect(gridAction(key("Home"), "edit")).toBeNull();
    expect(gridAction(key("ArrowRight", { ctrlKey: true }), "nav")).toMatchObject({ jump: true });
    expect(gridAction(key("ArrowRight", { shiftKey: true }), "nav")).toMatchObject({ extend: true });
  });

  it("maps Enter, Tab, Esc, F2, Home/End and the undo keys", () => {
    expect(gridAction(key("Enter"), "enter")).toEqual({ type: "enter", down: true });
    expect(gridAction(key("Enter", { shiftKey: true }), "nav")).toEqual({ type: "enter", down: false });
    expect(gridAction(key("Tab", { shiftKey: true }), "nav")).toEqual({ type: "tab", forward: false });
    expect(gridAction(key("Escape"), "enter")).toEqual({ type: "cancel" });
    expect(gridAction(key("F2"), "nav")).toEqual({ type: "edit" });
    expect(gridAction(key("End", { ctrlKey: true }), "nav")).toEqual({
      type: "edge",
      end: true,
      wholeTable: true,
      extend: false,
    });
    expect(gridAction(key("z", { ctrlKey: true }), "nav")).toEqual({ type: "undo" });
    expect(gridAction(key("Z", { ctrlKey: true, shiftKey: true }), "nav")).toEqual({ type: "redo" });
    expect(gridAction(key("y", { ctrlKey: true }), "edit")).toEqual({ type: "redo" });
  });

  it("extends the selection with Shift+Home/End and clears it with Delete/Backspace, as in Excel", () => {
    expect(gridAction(key("End", { shiftKey: true }), "nav")).toEqual({
      type: "edge",
      end: true,
      wholeTable: false,
      extend: true,
    });
    expect(gridAction(key("Home", { shiftKey: true }), "enter")).toMatchObject({ extend: false });
    expect(gridAction(key("Delete"), "nav")).toEqual({ type: "clear" });
    expect(gridAction(key("Backspace"), "nav")).toEqual({ type: "clear" });
    // Typing has begun: the keys edit the text.
    expect(gridAction(key("Backspace"), "enter")).toBeNull();
    expect(gridAction(key("Delete"), "edit")).toBeNull();
  });

  it("selects the table with Ctrl+A only before typing starts", () => {
    expect(gridAction(key("a", { ctrlKey: true }), "nav")).toEqual({ type: "selectAll" });
    expect(gridAction(key("a", { ctrlKey: true }), "edit")).toBeNull();
  });

  it("never acts while an IME is composing", () => {
    expect(gridAction(key("Enter", { isComposing: true }), "enter")).toBeNull();
    expect(gridAction(key("Process"), "nav")).toBeNull();
    expect(gridAction(key("1"), "nav")).toBeNull();
  });
});

describe("history", () => {
  const p = (path: string, before: unknown, after: unknown) => ({ path, before, after });

  it("undoes and redoes a command as one step, in reverse order", () => {
    let h = record(emptyHistory, [p("a", null, 1), p("b", 2, 3)]);
    const back = undo(h);
    expect(back?.apply).toEqual([p("b", 3, 2), p("a", 1, null)]);
    h = back?.history ?? h;
    expect(undo(h)).toBeNull();
    const again = redo(h);
    expect(again?.apply).toEqual([p("a", null, 1), p("b", 2, 3)]);
    expect(redo(again?.history ?? h)).toBeNull();
  });

  it("ignores commands that change nothing and forgets the redo branch on a new command", () => {
    expect(record(emptyHistory, [p("a", 1, 1)])).toBe(emptyHistory);
    const undone = undo(record(emptyHistory, [p("a", null, 1)]))?.history ?? emptyHistory;
    expect(undone.future).toHaveLength(1);
    expect(record(undone, [p("b", null, 2)]).future).toHaveLength(0);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, [p("a", i, i + 1)]);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
