/**
 * Eight reports every export is held against by programs nobody here wrote (ajv, markdown-it, pandoc,
 * html-validate, sanitizers): the seed, every figure non-zero, 5- and 7-digit figures, long text, hostile text,
 * web addresses and e-mail addresses in every kind of text field, and a blank report.
 */
import { blankReport, type Report, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "./hongshan2023";
import { PAYLOADS, TEXT_FIELDS } from "./hostileText";

/** Every entered cell set to `value(i)`; 万元 amounts get four decimals so the rule's edge is exercised. */
function withFigures(value: (i: number) => number): Report {
  return INPUT_CELLS.reduce(
    (report, cell, i) =>
      setAt(report, cell.path, cell.kind === "amount" ? Number((value(i) + 0.1234).toFixed(4)) : value(i)),
    hongshan2023(),
  );
}

/** Addresses as published reports carry them, with the characters Markdown would otherwise escape. */
export const ADDRESSES = [
  "http://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm",
  "https://www.ly.gov.cn/html/1/2/10/list_2~3.html?a=1&b=2#top",
  "www.xigong.gov.cn/zwgk/xxgk_nb/",
  "xxgk_office@xigong.gov.cn",
  "hong.shan_jd@163.com",
] as const;

const withText = (text: (field: string, i: number) => string): Report =>
  TEXT_FIELDS.reduce((report, field, i) => setAt(report, field, text(field, i)), hongshan2023());

const HOSTILE = Object.values(PAYLOADS).filter((text) => text !== PAYLOADS.long);

export const EXPORT_SAMPLES: Readonly<Record<string, () => Report>> = {
  seed: hongshan2023,
  nonZero: () => withFigures((i) => (i % 9) + 1),
  fiveDigit: () => withFigures((i) => 10_000 + i * 7),
  sevenDigit: () => withFigures((i) => 1_000_000 + i * 1_234),
  longText: () => withText((_, i) => `${"政府信息公开工作持续推进，".repeat(400)}第${i}段。`),
  hostileText: () => withText((_, i) => HOSTILE[i % HOSTILE.length]),
  addresses: () =>
    withText((field, i) => `详见 ${ADDRESSES[i % ADDRESSES.length]} ，咨询邮箱 ${ADDRESSES[3]}。${field}`),
  blank: blankReport,
};

/** Values a file may not hold, by report key path (#16): counts −3, 2.5, 1e300; fees −0.5 and 6 decimals; years 99999, −5. */
export const REFUSED_VALUES: readonly (readonly [path: string, value: number])[] = [
  ["t3.received.natural", -3],
  ["t3.received.natural", 2.5],
  ["t3.received.natural", 1e300],
  ["t2.fees.amount", -0.5],
  ["t2.fees.amount", 1.234567],
  ["meta.year", 99999],
  ["meta.year", -5],
];

/** The edges of the same rules, which a file may hold. */
export const ACCEPTED_EDGES: readonly (readonly [path: string, value: number | null])[] = [
  ["t3.received.natural", 0],
  ["t3.received.natural", 1_234_567],
  ["t2.fees.amount", 0.0001],
  ["t2.fees.amount", 1.2345],
  ["t2.fees.amount", 1_234_567.1234],
  ["meta.year", 2008],
  ["meta.year", 2100],
  ["meta.year", null],
];
