/** 勾稽关系 of table 三, per column: 一 + 二 = 三（七）总计 + 四. */
import { cellValue, computeTotals, type Report } from "../report";
import { T3_COLUMNS, t3Path } from "../template";
import type { Finding } from "./types";

export function balanceCheck(report: Report): Finding[] {
  const totals = computeTotals(report);
  const value = (row: string, col: (typeof T3_COLUMNS)[number]["key"]) => cellValue(report, totals, t3Path(row, col));
  return T3_COLUMNS.flatMap((col): Finding[] => {
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
        cells: ["received", "carriedOver", "total", "carriedForward"].map((row) => t3Path(row, col.key)),
        section: "s3",
        expected: left,
        actual: right,
      },
    ];
  });
}
