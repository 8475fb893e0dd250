/**
 * 下一年度: next year's report started from this one. It keeps who reports (机关全称, 机关类型) and the
 * sub-item headings, moves 四、结转下年度继续办理 into next year's 二、上年结转 column by column, and leaves
 * everything else blank for the new year's figures and prose.
 */
import { T3_INPUT_COLUMNS } from "../template";
import { blankReport } from "./blank";
import { getAt, setAt } from "./paths";
import type { Report, SubItem } from "./schema";

function headingsOnly(items: Record<string, SubItem>): Record<string, SubItem> {
  return Object.fromEntries(Object.entries(items).map(([key, item]) => [key, { heading: item.heading, body: "" }]));
}

export function rollForward(report: Report): Report {
  const blank = blankReport();
  let next: Report = {
    ...blank,
    meta: {
      ...blank.meta,
      organ: report.meta.organ,
      organType: report.meta.organType,
      year: report.meta.year === null ? null : report.meta.year + 1,
    },
    s1: { ...blank.s1, ...headingsOnly(report.s1) },
    s5: { ...blank.s5, ...headingsOnly(report.s5) },
  };
  for (const column of T3_INPUT_COLUMNS) {
    const carried = getAt(report, `t3.carriedForward.${column.key}`);
    // A cell that is not a number (text kept for the value check) is not carried: the clerk must re-enter it.
    const value = typeof carried === "number" && Number.isFinite(carried) ? carried : null;
    next = setAt(next, `t3.carriedOver.${column.key}`, value);
  }
  return next;
}
