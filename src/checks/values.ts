/** Cells that hold something a count or an amount cannot be. */
import { getAt, type Report } from "../report";
import { type CellDef, INPUT_CELLS } from "../template";
import { sectionOfTable } from "./sections";
import type { Finding } from "./types";

const MAX_AMOUNT_DECIMALS = 4;

function decimals(value: number): number {
  const [, fraction = ""] = String(value).split(".");
  return fraction.length;
}

/** Why a cell's value is not acceptable, or null when it is (blank is acceptable). */
export function valueProblem(cell: CellDef, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) return "不是数字";
  if (value < 0) return "是负数";
  if (cell.kind === "count" && !Number.isInteger(value)) return "不是整数（件数只能填整数）";
  if (cell.kind === "amount" && decimals(value) > MAX_AMOUNT_DECIMALS) {
    return `小数超过${MAX_AMOUNT_DECIMALS}位（金额以万元为单位，最多保留${MAX_AMOUNT_DECIMALS}位小数）`;
  }
  return null;
}

export function valueCheck(report: Report): Finding[] {
  return INPUT_CELLS.flatMap((cell): Finding[] => {
    const value = getAt(report, cell.path);
    const problem = valueProblem(cell, value);
    if (!problem) return [];
    return [
      {
        id: "value",
        severity: "error",
        message: `“${cell.name}”填写的“${String(value)}”${problem}。请改为${
          cell.kind === "count" ? "0或正整数" : "以万元为单位的非负金额"
        }。`,
        cells: [cell.path],
        section: sectionOfTable(cell.table),
        ...(typeof value === "number" ? { actual: value } : {}),
      },
    ];
  });
}
