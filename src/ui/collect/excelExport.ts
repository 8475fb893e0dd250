import type { Report } from "../../report";
import { saveFile } from "../common/files";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Writes the tables as .xlsx with the Excel writer loaded on first use; a failure is returned in Chinese, not thrown. */
export async function downloadXlsx(
  report: Report,
  fileName: string,
  notes?: ReadonlyMap<string, string>,
): Promise<string | null> {
  try {
    const { tablesToXlsx } = await import("../../collect/xlsx");
    saveFile(await tablesToXlsx(report, { notes }), fileName, XLSX_TYPE);
    return null;
  } catch (error) {
    console.error("xlsx export failed", error);
    return "导出 Excel 没有成功（Excel 程序可能没有加载，网络可能中断）。请联网后刷新页面重试。";
  }
}
