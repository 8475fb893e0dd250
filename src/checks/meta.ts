/** 基本信息 the title, the file names and the organ rules depend on: 机关全称, 报告年度, 机关类型. */
import { FIRST_YEAR, isReportYear, LAST_YEAR, type Report } from "../report";
import { TODO } from "./kind";
import type { Finding } from "./types";

const FIELDS = [
  {
    path: "meta.organ",
    missing: (r: Report) => r.meta.organ.trim() === "",
    message: "未填写机关全称：报告标题和导出的文件名都要用它。请在“基本信息”中填写，如“西工区红山街道办事处”。",
  },
  {
    path: "meta.year",
    missing: (r: Report) => !isReportYear(r.meta.year),
    message: `未填写报告年度（或填写的不是${FIRST_YEAR}—${LAST_YEAR}年之间的年份）：请在“基本信息”中填写4位数字年份，如 2023。`,
  },
  {
    path: "meta.organType",
    missing: (r: Report) => r.meta.organType === "",
    message: "未选择机关类型：截止日期和部分检查因机关类型而不同。请在“基本信息”中选择。",
  },
] as const;

export function metaCheck(report: Report): Finding[] {
  return FIELDS.filter((f) => f.missing(report)).map(
    (f): Finding => ({ id: "missing-meta", ...TODO, message: f.message, cells: [f.path], section: "meta" }),
  );
}
