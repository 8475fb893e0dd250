/** The one place that hands files to the browser: downloads of exports and reading a chosen file. */
import type { Report } from "../../report";
import { reportTitle } from "../../template";

/** `西工区红山街道办事处2023年政府信息公开工作年度报告`, safe as a Windows file name. */
export function exportFileName(report: Report, extension: "md" | "json"): string {
  const title = report.meta.organ.trim()
    ? reportTitle(report.meta.organ.trim(), report.meta.year)
    : "政府信息公开工作年度报告";
  return `${title
    .replace(/[\\/:*?"<>|]/g, "_")
    .replace(/\s+/g, " ")
    .slice(0, 120)}.${extension}`;
}

export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
