import { type FormEvent, useLayoutEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { cellEntry, cellProblem, formatCellValue } from "../../../report";
import type { CellDef } from "../../../template";
import { useReadOnly } from "../editorMode";
import { useCellNote } from "../findingsContext";
import { countRender } from "../renderCount";
import { reportPath } from "../reportPaths";
import type { Store } from "../store";
import { typingPending } from "../typing";
import { CompareNote } from "./CompareNote";
import { type GridState, useCellView } from "./gridState";

const preventSubmit = (e: FormEvent) => e.preventDefault();

/**
 * An entered cell. The text is the input's own (uncontrolled, so typing costs no render); the value lives in
 * the form: the number the text denotes, or the text itself when it is not a valid number, marked here with
 * what the cell accepts. When the value changes from outside (undo, paste, import), the text follows and, in
 * the focused cell, is selected so the next key replaces it.
 */
interface GridInputProps {
  cell: CellDef;
  /** Columns the cell spans in the official layout (表二's single figures span three). */
  colSpan: number;
  store: Store<GridState>;
  hintId?: string;
}

export function GridInput({ cell, colSpan, store, hintId }: GridInputProps) {
  const value = useWatch({ name: reportPath(cell.path) }) as unknown;
  const ref = useRef<HTMLInputElement>(null);
  // The first text only: were React to update `defaultValue` later, it would also change the text of an input
  // never typed in, before the effect below, which then would not select it for the next key to replace.
  const [initialText] = useState(() => formatCellValue(value));
  const readOnly = useReadOnly();
  const { active, selected, compare } = useCellView(store, cell.path);
  const note = useCellNote(cell.path);
  countRender(cell.path);

  useLayoutEffect(() => {
    const input = ref.current;
    // Keys typed since this value was written are on their way to the form: the text is newer than `value`.
    if (!input || typingPending(cell.path)) return;
    if (Object.is(cellEntry(input.value, cell.kind), value ?? null)) return;
    input.value = formatCellValue(value);
    if (document.activeElement === input) input.select();
  }, [value, cell.kind, cell.path]);

  const noteId = `note-${cell.path}`;
  const problemId = `problem-${cell.path}`;
  const problem = cellProblem(value, cell.kind);
  const describedBy = [problem && problemId, note && noteId, hintId].filter(Boolean).join(" ");
  const classes = ["num", note && `flagged ${note.severity}`, problem && "rejected"].filter(Boolean).join(" ");
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus goes to the cell's input or output (roving tabindex)
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the grid pattern; its input takes focus
      role="gridcell"
      colSpan={colSpan > 1 ? colSpan : undefined}
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
          defaultValue={initialText}
          inputMode={cell.kind === "amount" ? "decimal" : "numeric"}
          autoComplete="off"
          readOnly={readOnly}
          title={note?.text}
        />
      </form>
      {compare !== "off" && <CompareNote cell={cell} mode={compare} />}
      {problem && (
        <span id={problemId} className="cell-problem">
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
