import { type FormEvent, useLayoutEffect, useRef } from "react";
import { useWatch } from "react-hook-form";
import { formatCellValue, parseCellInput } from "../../../report";
import type { CellDef } from "../../../template";
import { useReadOnly } from "../editorMode";
import { useCellNote } from "../findingsContext";
import { countRender } from "../renderCount";
import { type Store, useStore } from "../store";
import type { GridState } from "./gridState";

/** A stored value as cell text; a value that is not a number (from an old file) is shown as it is. */
export function cellText(value: unknown): string {
  return typeof value === "string" ? value : formatCellValue(value);
}

const preventSubmit = (e: FormEvent) => e.preventDefault();

/**
 * An entered cell. The text is the input's own (uncontrolled, so typing costs no render); the value lives in
 * the form. When the value changes from outside (undo, paste, import), the text follows.
 */
export function GridInput({ cell, store, hintId }: { cell: CellDef; store: Store<GridState>; hintId?: string }) {
  const value = useWatch({ name: cell.path as "s6.body" }) as unknown;
  const ref = useRef<HTMLInputElement>(null);
  const readOnly = useReadOnly();
  const active = useStore(store, (s) => s.active === cell.path);
  const selected = useStore(store, (s) => s.selection.has(cell.path));
  const rejected = useStore(store, (s) => s.rejected.get(cell.path));
  const refusal = useStore(store, (s) => (s.refusal?.path === cell.path ? s.refusal.message : undefined));
  const note = useCellNote(cell.path);
  countRender(cell.path);

  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    const shown = parseCellInput(input.value, cell.kind);
    if (!shown.ok || !Object.is(shown.value, value ?? null)) input.value = cellText(value);
  }, [value, cell.kind]);

  const noteId = `note-${cell.path}`;
  const problemId = `problem-${cell.path}`;
  const problem = refusal ?? rejected;
  const describedBy = [problem && problemId, note && noteId, hintId].filter(Boolean).join(" ");
  const classes = ["num", note && `flagged ${note.severity}`, rejected && "rejected"].filter(Boolean).join(" ");
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus goes to the cell's input or output (roving tabindex)
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the grid pattern; its input takes focus
      role="gridcell"
      className={classes}
      aria-selected={selected || undefined}
    >
      {/* A form of its own: after every keystroke Chromium's autofill reads each control of the typed field's
          form (about 10 ms of main-thread work with the whole report in one form); here it reads one. */}
      <form className="cell-form" onSubmit={preventSubmit}>
        <input
          ref={ref}
          name={cell.path}
          aria-label={cell.name}
          aria-invalid={problem || note?.severity === "error" ? true : undefined}
          aria-describedby={describedBy || undefined}
          tabIndex={active ? 0 : -1}
          defaultValue={cellText(value)}
          inputMode={cell.kind === "amount" ? "decimal" : "numeric"}
          autoComplete="off"
          readOnly={readOnly}
          title={note?.text}
        />
      </form>
      {problem && (
        <span id={problemId} className="cell-problem" role={refusal ? "alert" : undefined}>
          {problem}
        </span>
      )}
      {note && (
        <span id={noteId} className="cell-note" role="tooltip">
          {note.text}
        </span>
      )}
    </td>
  );
}
