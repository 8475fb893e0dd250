/**
 * Whether a stored value is a report this app can open. Stricter than "any JSON", looser than
 * `reportSchema` in one respect: a cell may hold the text a clerk typed, or a number it does not accept
 * (an import read `-3`), and 报告年度 a year out of range, kept so the checks can point at them, because
 * refusing them would quarantine the clerk's own draft.
 */
import { cellProblem, getAt, isReportYear, type Report, reportSchema, setAt } from "../report";
import { INPUT_CELLS } from "../template";

export type ReportShape = { ok: true; report: Report } | { ok: false; reason: string };

export function checkReportShape(value: unknown): ReportShape {
  let probe = value;
  for (const cell of INPUT_CELLS) {
    const held = getAt(value, cell.path);
    const kept = typeof held === "string" || (typeof held === "number" && cellProblem(held, cell.kind) !== null);
    if (kept) probe = setAt(probe, cell.path, null);
  }
  const year = getAt(value, "meta.year");
  if (typeof year === "number" && !isReportYear(year)) probe = setAt(probe, "meta.year", null);
  const parsed = reportSchema.safeParse(probe);
  if (parsed.success) return { ok: true, report: value as Report };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `报告内容不符合格式（${issue.path.join(".") || "整体"}：${issue.message}）` };
}
