import type { UseFormReturn } from "react-hook-form";
import type { Report } from "../../../report";
import { INPUT_CELLS, type TableKey } from "../../../template";
import type { EditorHistory } from "../history";
import { readPath, writePath } from "../reportPaths";

/** 空白填0: every blank cell of a table becomes 0, as one undo step. Returns how many cells were filled. */
export function fillBlankCells(form: UseFormReturn<Report>, history: EditorHistory, table: TableKey): number {
  const patches = INPUT_CELLS.filter((c) => c.table === table && readPath(form, c.path) === null).map((c) => ({
    path: c.path,
    before: null,
    after: 0,
  }));
  for (const p of patches) writePath(form, p.path, 0);
  history.record(patches);
  history.announcement.set(
    patches.length ? `已将${patches.length}个空白单元格填为0，按 Ctrl+Z 可撤销` : "这张表没有空白单元格",
  );
  return patches.length;
}
