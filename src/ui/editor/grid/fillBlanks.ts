import type { UseFormReturn } from "react-hook-form";
import type { Report } from "../../../report";
import { INPUT_CELLS, type TableKey } from "../../../template";
import type { EditorHistory } from "../history";

/** 空白填0: every blank cell of a table becomes 0, as one undo step. Returns how many cells were filled. */
export function fillBlankCells(form: UseFormReturn<Report>, history: EditorHistory, table: TableKey): number {
  const patches = INPUT_CELLS.filter((c) => c.table === table && form.getValues(c.path as "s6.body") === null).map(
    (c) => ({ path: c.path, before: null, after: 0 }),
  );
  for (const p of patches) form.setValue(p.path as "s6.body", 0 as unknown as string);
  history.record(patches);
  history.announcement.set(
    patches.length ? `已将${patches.length}个空白单元格填为0，按 Ctrl+Z 可撤销` : "这张表没有空白单元格",
  );
  return patches.length;
}
