/** 勾稽关系 of table 三, per column: 一 + 二 = 三（七）总计 + 四. A column with a cell not read is not checked. */
import { cellValue, computeTotals, type Report } from "../report";
import { T3_COLUMNS, t3Path } from "../template";
import { notCheckedFinding } from "./notChecked";
import type { CheckContext, Finding } from "./types";
import { unknownCells } from "./unknownCells";

const BALANCE_ROWS = ["received", "carriedOver", "total", "carriedForward"];

export function balanceCheck(report: Report, context: CheckContext = {}): Finding[] {
  const totals = computeTotals(report);
  const unknown = unknownCells(report, context);
  const value = (row: string, col: (typeof T3_COLUMNS)[number]["key"]) => cellValue(report, totals, t3Path(row, col));
  const unchecked = T3_COLUMNS.filter((col) => BALANCE_ROWS.some((row) => unknown.has(t3Path(row, col.key))));
  const checked = T3_COLUMNS.flatMap((col): Finding[] => {
    if (unchecked.includes(col)) return [];
    const left = value("received", col.key) + value("carriedOver", col.key);
    const right = value("total", col.key) + value("carriedForward", col.key);
    if (left === right) return [];
    const diff = Math.abs(left - right);
    return [
      {
        id: "balance",
        severity: "error",
        message:
          `${col.label}列：一+二=${left}，（七）总计+四=${right}，相差${diff}。` +
          "请核对本列的新收、上年结转、各项办理结果和结转下年度数字。",
        cells: BALANCE_ROWS.map((row) => t3Path(row, col.key)),
        section: "s3",
        expected: left,
        actual: right,
      },
    ];
  });
  if (unchecked.length === 0) return checked;
  const cells = unchecked.flatMap((col) => BALANCE_ROWS.map((row) => t3Path(row, col.key)));
  const what = `表三${unchecked.map((c) => `“${c.label}”`).join("、")}列的勾稽关系（一+二=（七）总计+四）`;
  return [...checked, notCheckedFinding("balance", what, cells, "s3")];
}
