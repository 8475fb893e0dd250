/**
 * Last year against this year (needs `context.lastYear`; silent without it):
 * - carry-over: this year's 二、上年结转 must equal last year's 四、结转下年度继续办理, per applicant column;
 * - valid-count: 现行有效件数 must equal last year's 现行有效 + this year's 制发 − 废止 (规章, 行政规范性文件).
 */
import { cellNumber, type Report } from "../report";
import { cellByPath, T2_GROUPS, T3_INPUT_COLUMNS, t3Path } from "../template";
import { fingerprintOf } from "./fingerprint";
import type { CheckContext, Finding } from "./types";
import { unknownCells } from "./unknownCells";

function yearName(report: Report, fallback: string): string {
  return report.meta.year ? `${report.meta.year}年` : fallback;
}

const rowLabel = (row: string) => cellByPath(t3Path(row, "total"))?.rowLabel ?? row;

export function carryOverCheck(report: Report, context: CheckContext): Finding[] {
  const { lastYear } = context;
  if (!lastYear) return [];
  const lastName = yearName(lastYear, "上年");
  const unknown = unknownCells(report, context);
  return T3_INPUT_COLUMNS.flatMap((col): Finding[] => {
    if (unknown.has(t3Path("carriedOver", col.key))) return [];
    const now = cellNumber(report, t3Path("carriedOver", col.key));
    const before = cellNumber(lastYear, t3Path("carriedForward", col.key));
    if (now === before) return [];
    return [
      {
        id: "carry-over",
        severity: "warning",
        message:
          `${col.label}列：本年“${rowLabel("carriedOver")}”为${now}，` +
          `但${lastName}报告“${rowLabel("carriedForward")}”为${before}。` +
          "上年结转下来的申请应当在本年报告中如数结转；请核对后改正其中一处。",
        cells: [t3Path("carriedOver", col.key)],
        section: "s3",
        expected: before,
        actual: now,
        fingerprint: fingerprintOf("carry-over", [col.key, before, now]),
      },
    ];
  });
}

const COUNTED_ROWS = T2_GROUPS[0].rows;

export function validCountCheck(report: Report, context: CheckContext): Finding[] {
  const { lastYear } = context;
  if (!lastYear) return [];
  const lastName = yearName(lastYear, "上年");
  const unknown = unknownCells(report, context);
  return COUNTED_ROWS.flatMap((row): Finding[] => {
    const path = (field: string) => `t2.${row.key}.${field}`;
    if (["valid", "issued", "repealed"].some((field) => unknown.has(path(field)))) return [];
    const before = cellNumber(lastYear, path("valid"));
    const issued = cellNumber(report, path("issued"));
    const repealed = cellNumber(report, path("repealed"));
    const valid = cellNumber(report, path("valid"));
    const expected = before + issued - repealed;
    if (valid === expected) return [];
    return [
      {
        id: "valid-count",
        severity: "warning",
        message:
          `${row.label}：${lastName}报告现行有效${before}件，本年制发${issued}件、废止${repealed}件，` +
          `现行有效应为${before}+${issued}−${repealed}=${expected}件，但本年填写的是${valid}件。` +
          `请核对“${cellByPath(path("valid"))?.name ?? row.label}”和本年制发、废止件数；` +
          "如有文件因有效期届满而失效，请在正文中说明。",
        cells: [path("valid"), path("issued"), path("repealed")],
        section: "s2",
        expected,
        actual: valid,
        fingerprint: fingerprintOf("valid-count", [row.key, before, issued, repealed, valid]),
      },
    ];
  });
}
