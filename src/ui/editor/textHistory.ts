import { type FocusEvent, type KeyboardEvent, useRef } from "react";
import { useFormContext } from "react-hook-form";
import { gridAction } from "../../grid";
import type { Report } from "../../report";
import { useHistory } from "./history";
import { keyInput } from "./keyInput";
import { readPath } from "./reportPaths";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A form field outside the grids (the grids record their own steps). */
function textField(target: EventTarget): Field | null {
  const ok =
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  return ok && target.name && !target.closest('[role="grid"]') ? target : null;
}

/**
 * Undo for the text fields: the typing in one field, from focus to blur, is one step of the report's history.
 * While a field holds unsaved typing, Ctrl+Z is the browser's own fine-grained undo inside that field.
 */
export function useTextFieldHistory() {
  const form = useFormContext<Report>();
  const history = useHistory();
  const session = useRef<{ name: string; start: unknown } | null>(null);
  const read = (name: string) => readPath(form, name);

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
    const action = gridAction(keyInput(e), "edit")?.type;
    if ((action !== "undo" && action !== "redo") || e.defaultPrevented) return;
    const open = session.current;
    if (open && textField(e.target) && !Object.is(read(open.name), open.start)) return;
    e.preventDefault();
    history[action]();
  };
  return { onFocus, onBlur, onKeyDown };
}
