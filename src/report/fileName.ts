import { reportTitle } from "../template";
import type { Report } from "./schema";

/**
 * The report's title as a file name (`西工区红山街道办事处2023年政府信息公开工作年度报告.docx`): characters Windows
 * forbids in names and control characters become `_`, and it stays short enough for every file system.
 */
export function reportFileName(report: Report, extension: string): string {
  const organ = report.meta.organ.trim();
  const title = organ ? reportTitle(organ, report.meta.year) : "政府信息公开工作年度报告";
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, "_")
    .replace(/\s+/g, " ")
    .slice(0, 120);
  return `${safe}.${extension}`;
}
