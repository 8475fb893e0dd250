import type { DraftSummary } from "../../drafts";

/** How a draft is named in buttons and messages: the clerk's name for it, else body and year. */
export function draftTitle(summary: Pick<DraftSummary, "name" | "organ" | "year">): string {
  if (summary.name) return summary.name;
  return `${summary.organ || "（未填写机关名称）"} ${summary.year === null ? "（年度未填）" : `${summary.year}年`}`;
}

/** The name a copy gets, so that it never looks like the original in the list. */
export const copyName = (summary: Pick<DraftSummary, "name" | "organ" | "year">) => `${draftTitle(summary)}（副本）`;

export function draftStatus(summary: DraftSummary): string {
  if (summary.newerVersion) return "新版本数据（只读）";
  if (summary.reviewCopy) return "审阅副本（只读）";
  if (summary.findings.error > 0) return "有错误待改";
  if (summary.findings.warning > 0) return "有提醒待核";
  if (summary.findings.todo > 0) return "尚未填完";
  return "检查通过";
}

const TIME = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export function savedTime(iso: string): string {
  return iso ? TIME.format(new Date(iso)) : "—";
}
