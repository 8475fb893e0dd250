import { type FocusEvent, type KeyboardEvent, useRef } from "react";
import { useFormContext } from "react-hook-form";
import type { Report } from "../../report";
import { useHistory } from "./history";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A form field outside the grids (the grids record their own steps). */
function textField(target: EventTarget): Field | null {
  const ok =
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  return ok && target.name && !target.closest('[role="grid"]') ? target : null;
}

function undoKey(e: KeyboardEvent): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  return key === "y" ? "redo" : null;
}

/**
 * Undo for the text fields: the typing in one field, from focus to blur, is one step of the report's history.
 * While a field holds unsaved typing, Ctrl+Z is the browser's own fine-grained undo inside that field.
 */
export function useTextFieldHistory() {
  const form = useFormContext<Report>();
  const history = useHistory();
  const session = useRef<{ name: string; start: unknown } | null>(null);
  const read = (name: string) => form.getValues(name as "s6.body");

  const onFocus = (e: FocusEvent) => {
    const field = textField(e.target);
    if (field) session.current = { name: field.name, start: read(field.name) };
  };
  const onBlur = (e: FocusEvent) => {
    const field = textField(e.target);
    const open = session.current;
    if (!field || !open || open.name !== field.name) return;
    history.record([{ path: open.name, before: open.start, after: read(open.name) }]);
    session.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const action = undoKey(e);
    if (!action || e.defaultPrevented) return;
    const open = session.current;
    if (open && textField(e.target) && !Object.is(read(open.name), open.start)) return;
    e.preventDefault();
    history[action]();
  };
  return { onFocus, onBlur, onKeyDown };
}
