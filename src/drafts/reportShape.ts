/** Whether a stored value is a report this app can open: `draftReportSchema`, which keeps what the clerk typed. */
import { draftReportSchema, type Report } from "../report";

export type ReportShape = { ok: true; report: Report } | { ok: false; reason: string };

export function checkReportShape(value: unknown): ReportShape {
  const parsed = draftReportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: value as Report };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `报告内容不符合格式（${issue.path.join(".") || "整体"}：${issue.message}）` };
}
