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

/** Last year's 四、结转下年度继续办理 in one column, as next year's 二 takes it. */
function carriedValue(report: Report, column: string): { value: number | null; text: boolean } {
  const carried = getAt(report, `t3.carriedForward.${column}`);
  // A cell that is not a number (text kept for the value check) is not carried: the clerk must re-enter it.
  if (typeof carried === "number" && Number.isFinite(carried)) return { value: carried, text: false };
  return { value: null, text: carried !== null && carried !== undefined };
}

/** What 下一年度 carried from last year's 表三, for the notice the new draft opens with. */
export interface CarriedOver {
  /** Columns carried with a figure (zeros included), in the template's order. */
  figures: { column: string; value: number }[];
  /** Columns whose cell last year held text that is not a number: left blank, to be entered. */
  notCarried: string[];
}

export function carriedOver(last: Report): CarriedOver {
  const result: CarriedOver = { figures: [], notCarried: [] };
  for (const column of T3_INPUT_COLUMNS) {
    const { value, text } = carriedValue(last, column.key);
    if (value !== null) result.figures.push({ column: column.label, value });
    else if (text) result.notCarried.push(column.label);
  }
  return result;
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
    next = setAt(next, `t3.carriedOver.${column.key}`, carriedValue(report, column.key).value);
  }
  return next;
}
