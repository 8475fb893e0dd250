import type { Report } from "./schema";

/** What a file name says in place of a body name or a year not filled in yet, so no export looks finished. */
const NO_ORGAN_IN_NAME = "（未填写机关名称）";
const NO_YEAR_IN_NAME = "（未填写年度）";

/**
 * The report's title as a file name (`西工区红山街道办事处2023年政府信息公开工作年度报告.docx`): characters Windows
 * forbids in names and control characters become `_`, and it stays short enough for every file system.
 */
export function reportFileName(report: Report, extension: string): string {
  const organ = report.meta.organ.trim() || NO_ORGAN_IN_NAME;
  const year = report.meta.year ? `${report.meta.year}年` : NO_YEAR_IN_NAME;
  const safe = `${organ}${year}政府信息公开工作年度报告`
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, "_")
    .replace(/\s+/g, " ")
    .slice(0, 120);
  return `${safe}.${extension}`;
}
