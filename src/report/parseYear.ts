/**
 * 报告年度 as a clerk writes it: `2023`, `2023年`, `2023年度`, full-width `２０２３`, with spaces around.
 * Anything else is refused with what to write, never read as "no year" in silence.
 */
export type YearParse = { ok: true; value: number | null } | { ok: false; message: string };

/** The first year the 条例 (2008) asked for annual reports, and a bound far enough ahead. */
export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2100;

/** Whether a stored 报告年度 is a year a report can be for. */
export function isReportYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= FIRST_YEAR && (value as number) <= LAST_YEAR;
}

export function parseYear(raw: string): YearParse {
  const text = raw.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  if (text === "") return { ok: true, value: null };
  const match = /^(\d{4})\s*(?:年度?)?$/.exec(text);
  const year = match ? Number(match[1]) : Number.NaN;
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return { ok: true, value: year };
  return {
    ok: false,
    message: `“${raw.trim()}”不是有效的报告年度：请填写4位数字年份（${FIRST_YEAR}—${LAST_YEAR}），如 2023 或 2023年`,
  };
}
