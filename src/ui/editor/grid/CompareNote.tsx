import { useWatch } from "react-hook-form";
import { derivedInputs, getAt, type Report, sumCells } from "../../../report";
import type { CellDef } from "../../../template";
import { useLastYear } from "../lastYear";
import { reportPath } from "../reportPaths";
import { type CompareMode, compareText } from "./compare";

/** Last year's figure of a cell: as entered, or for a total the sum of last year's cells (none if all were blank). */
function lastYearValue(lastYear: Report, cell: CellDef): unknown {
  if (!cell.derived) return getAt(lastYear, cell.path);
  const inputs = derivedInputs(cell.path);
  return inputs.some((p) => getAt(lastYear, p) != null) ? sumCells(lastYear, inputs) : null;
}

/**
 * Last year's figure or the change, under a figure. Mounted only while a comparison is chosen, so the grids pay
 * nothing for it otherwise; `current` is this year's figure of a total (an entered cell watches its own).
 */
export function CompareNote({
  cell,
  mode,
  current,
}: {
  cell: CellDef;
  mode: Exclude<CompareMode, "off">;
  current?: number;
}) {
  const lastYear = useLastYear();
  const watched = useWatch({ name: reportPath(cell.path), disabled: current !== undefined }) as unknown;
  if (!lastYear) return null;
  const text = compareText(mode, current ?? watched, lastYearValue(lastYear, cell));
  return (
    <span className={`cell-compare ${text.startsWith("增") ? "up" : text.startsWith("减") ? "down" : ""}`}>{text}</span>
  );
}
