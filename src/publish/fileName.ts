import type { Report } from "../report";
import { reportTitle } from "../template";

/** The document title as a file name; characters Windows forbids in names become `_`. */
export function publishFileName(report: Report, extension: "docx" | "html"): string {
  const title = reportTitle(report.meta.organ.trim(), report.meta.year);
  return `${title.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_")}.${extension}`;
}
