/**
 * Whether a stored value is a report this app can open. Stricter than "any JSON", looser than
 * `reportSchema` in one respect: a cell may hold the text a clerk typed (kept so the `value` check can
 * point at it), because refusing it would quarantine the clerk's own draft.
 */
import { getAt, type Report, reportSchema, setAt } from "../report";
import { INPUT_CELLS } from "../template";

export type ReportShape = { ok: true; report: Report } | { ok: false; reason: string };

export function checkReportShape(value: unknown): ReportShape {
  let probe = value;
  for (const cell of INPUT_CELLS) {
    if (typeof getAt(value, cell.path) === "string") probe = setAt(probe, cell.path, null);
  }
  const parsed = reportSchema.safeParse(probe);
  if (parsed.success) return { ok: true, report: value as Report };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `报告内容不符合格式（${issue.path.join(".") || "整体"}：${issue.message}）` };
}
