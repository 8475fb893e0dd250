/** Cells that hold something a count or an amount cannot be: one finding per cell, until it is fixed. */
import { cellProblem, getAt, type Report } from "../report";
import { INPUT_CELLS } from "../template";
import { sectionOfTable } from "./sections";
import type { Finding } from "./types";

export function valueCheck(report: Report): Finding[] {
  return INPUT_CELLS.flatMap((cell): Finding[] => {
    const value = getAt(report, cell.path);
    const problem = cellProblem(value, cell.kind);
    if (!problem) return [];
    return [
      {
        id: "value",
        severity: "error",
        message: `“${cell.name}”填写的“${String(value)}”${problem}。此格暂按未填写处理，改正后才计入合计和检查。`,
        cells: [cell.path],
        section: sectionOfTable(cell.table),
        ...(typeof value === "number" ? { actual: value } : {}),
      },
    ];
  });
}
