import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { derivedInputs, numberOf } from "../../../report";
import type { CellDef } from "../../../template";
import { useCellNote, useCellUnknown } from "../findingsContext";
import { countRender } from "../renderCount";
import { reportPath } from "../reportPaths";
import type { Store } from "../store";
import { CompareNote } from "./CompareNote";
import { type GridState, useCellView } from "./gridState";

const UNKNOWN_TOTAL = "有单元格还没有有效数字（导入时没有读到，或填写的不是数字），补填或改正后显示合计";

const sum = (values: unknown[]) => values.reduce<number>((n, v) => n + numberOf(v), 0);

/**
 * A derived cell: computed, never typed. It subscribes to exactly the cells it adds up and re-renders only
 * when the sum changes. It can take focus (to be read and copied), but not be edited. A total over cells an
 * import did not read, or over text that is not a number, is unknown and shows blank, not a partial sum.
 */
export function GridTotal({ cell, colSpan, store }: { cell: CellDef; colSpan: number; store: Store<GridState> }) {
  const total = useWatch({ name: useMemo(() => derivedInputs(cell.path).map(reportPath), [cell.path]), compute: sum });
  const { active, selected, compare } = useCellView(store, cell.path);
  const note = useCellNote(cell.path);
  const unknown = useCellUnknown(cell.path);
  countRender(cell.path);
  const noteId = `note-${cell.path}`;
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus goes to the cell's input or output (roving tabindex)
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the grid pattern; its output takes focus
      role="gridcell"
      colSpan={colSpan > 1 ? colSpan : undefined}
      className={`num derived${note ? ` flagged ${note.severity}` : ""}`}
      aria-readonly="true"
      aria-selected={selected || undefined}
    >
      <output
        name={cell.path}
        aria-label={cell.name}
        tabIndex={active ? 0 : -1}
        title={note?.text ?? (unknown ? UNKNOWN_TOTAL : undefined)}
        aria-describedby={note ? noteId : undefined}
      >
        {unknown ? "" : total}
      </output>
      {compare !== "off" && <CompareNote cell={cell} mode={compare} current={unknown ? Number.NaN : total} />}
      {note && (
        <span id={noteId} className="cell-note" role="tooltip">
          {note.text}
        </span>
      )}
    </td>
  );
}
