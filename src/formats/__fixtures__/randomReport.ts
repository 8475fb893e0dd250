/**
 * Random valid reports for property tests: a small seeded generator (no dependency). Text mixes Chinese,
 * Markdown syntax, table pipes, quotes, emoji and RTL marks; lines carry no surrounding white space and
 * no blank lines, the form in which prose round-trips through Markdown (see docs/json-format.md).
 */
import { blankReport, FIRST_YEAR, LAST_YEAR, type Report, setAt } from "../../report";
import { INPUT_CELLS, ORGAN_TYPES } from "../../template";
import { type Random, seeded } from "../../testing/seeded";

export { type Random, seeded };

const int = (rnd: Random, max: number) => Math.floor(rnd() * (max + 1));
const pick = <T>(rnd: Random, items: readonly T[]): T => items[int(rnd, items.length - 1)];

const PIECES = [
  ..."政府信息公开工作主动依申请办理年度街道机关的了和在是",
  ..."，。、；：“”‘’（）《》〔〕",
  ..."abcXYZ0123456789",
  ..."\\`*_[]<>|~&#+-=!.()/'\"",
  " ",
  "\u3000",
  "😀",
  "\u200f",
  "<script>alert(1)</script>",
  "[链接](javascript:alert(1))",
  "| a | b |",
  "---",
  "1. ",
  "# ",
  "（一）",
  "**粗体**",
];

function line(rnd: Random, maxPieces = 12): string {
  const n = 1 + int(rnd, maxPieces);
  let text = "";
  for (let i = 0; i < n; i++) text += pick(rnd, PIECES);
  return text.trim() || "文";
}

function lines(rnd: Random, max: number): string {
  const n = int(rnd, max);
  return Array.from({ length: n }, () => line(rnd)).join("\n");
}

function organ(rnd: Random): string {
  const n = 2 + int(rnd, 8);
  let name = "";
  for (let i = 0; i < n; i++) name += pick(rnd, [..."西工区红山街道办事处人民政府（）局a|*_"]);
  return name;
}

function cell(rnd: Random, kind: "count" | "amount", blanks: boolean): number | null {
  if (blanks && rnd() < 0.2) return null;
  if (kind === "amount") return int(rnd, 999999) / 10 ** int(rnd, 4);
  return rnd() < 0.5 ? 0 : int(rnd, 2000);
}

/** A random report; `blanks: false` enters every cell, as a Markdown export (blank → 0) reads back. */
export function randomReport(rnd: Random, { blanks = true } = {}): Report {
  let report = blankReport();
  for (const c of INPUT_CELLS) report = setAt(report, c.path, cell(rnd, c.kind, blanks));
  report.meta = {
    organ: organ(rnd),
    year: rnd() < 0.1 ? null : FIRST_YEAR + int(rnd, LAST_YEAR - FIRST_YEAR),
    organType: rnd() < 0.2 ? "" : pick(rnd, ORGAN_TYPES),
    preamble: lines(rnd, 2),
    signOff: rnd() < 0.5 ? "" : `${line(rnd, 4)}\n2024年1月${1 + int(rnd, 30)}日`,
    publishDate: rnd() < 0.5 ? "" : `2024-0${1 + int(rnd, 8)}-1${int(rnd, 9)}`,
  };
  for (const key of Object.keys(report.s1)) report.s1[key] = { heading: line(rnd, 6), body: lines(rnd, 3) };
  for (const key of Object.keys(report.s5)) report.s5[key] = { heading: line(rnd, 6), body: lines(rnd, 3) };
  report.s6 = { body: lines(rnd, 3) };
  return report;
}
