/**
 * prose-number: a figure the clerk wrote in 一/五/六 (`共受理依申请公开信息申请 2 条`) that disagrees with the tables.
 *
 * Only a figure directly followed by a unit of count (件 条 起 宗 项 例) or of money (万元 元) is read, so years,
 * dates, phone numbers, document numbers (〔2021〕30号), percentages and ordinal words (一是、第一) never are.
 * The figure belongs to the closest keyword of PROSE_PATTERNS before it in the same clause; phrases that join
 * several items (`行政复议、行政诉讼均为0件`), compare with other years (`较上年增加2件`) or count across years
 * (`累计`) are left alone rather than guessed at. A few phrases state 0 without a figure (`未收到…申请`).
 */
import { cellValue, computeTotals, type Report, type Totals } from "../report";
import { CHINESE_NUMERAL, figureValue, halfWidthDigits } from "./chineseNumber";
import { fingerprintOf } from "./fingerprint";
import { notCheckedFinding } from "./notChecked";
import { type ProseField, sectionProse, sentences } from "./proseFields";
import { PROSE_PATTERNS, type ProsePattern, ZERO_NARROWED, ZERO_PHRASES } from "./proseNumberPatterns";
import type { CheckContext, CheckedFinding, Finding } from "./types";
import { unknownCells } from "./unknownCells";

const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL})\\s*(万元|元|件|条|起|宗|项|例)`, "g");
const CLAUSE_BREAK = /[，,。；;！？!?\n：:、（(）)]/;
const APPROXIMATE_BEFORE = /(?:第|近|约|逾|超过|不足|不到)\s*$/;
const APPROXIMATE_AFTER = /^(?:左右|以上|以下|多)/;
const JOINED_BEFORE = /[、和及与或]$/;
/** Words between keyword and figure that make it a part, a sum or a change, not the cell's figure. */
const NOT_A_PLAIN_FIGURE =
  /[和及与或等、后]|较|比|增|减|上升|下降|分别|均|维持|纠正|纠错|撤销|驳回|败诉|审结|答复|告知|补正|材料|申请人/;
const ACROSS_YEARS = /累计|以来|历年|近\d+年/;
const MAX_GAP = 16;
/**
 * How far back a figure's clause is read. Every look around a figure is bounded, so the check stays linear in
 * the text's length however many figures it holds (a pasted 100,000-digit paragraph, a link built to hang it).
 */
const MAX_CLAUSE = 200;
/** The longest phrase APPROXIMATE_BEFORE / APPROXIMATE_AFTER / JOINED_BEFORE look for, with spaces. */
const NEAR = 8;
const AMOUNT_TOLERANCE = 1e-6;

export interface ProseFigure {
  pattern: ProsePattern;
  /** The figure in the table's unit (万元 for money). */
  stated: number;
  /** The figure as written, with its unit. */
  written: string;
  /** The sentence it stands in. */
  sentence: string;
}

function clauseBefore(text: string, end: number): { clause: string; start: number } {
  const limit = Math.max(0, end - MAX_CLAUSE);
  let start = end;
  while (start > limit && !CLAUSE_BREAK.test(text[start - 1])) start--;
  return { clause: text.slice(start, end), start };
}

/** The pattern whose keyword ends closest before the figure, if the words between allow reading it plainly. */
function patternFor(text: string, figureStart: number, unit: "count" | "amount"): ProsePattern | null {
  const { clause, start } = clauseBefore(text, figureStart);
  if (ACROSS_YEARS.test(clause)) return null;
  let best: { pattern: ProsePattern; index: number; end: number } | null = null;
  for (const pattern of PROSE_PATTERNS.filter((p) => p.unit === unit)) {
    const re = new RegExp(pattern.keyword.source, "g");
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.index))
        best = { pattern, index: m.index, end };
    }
  }
  if (!best) return null;
  const gap = clause.slice(best.end);
  if (gap.length > MAX_GAP || /\d/.test(gap) || NOT_A_PLAIN_FIGURE.test(gap)) return null;
  const keywordStart = start + best.index;
  if (JOINED_BEFORE.test(text.slice(Math.max(0, keywordStart - 1), keywordStart))) return null;
  if (best.pattern.requires && !best.pattern.requires.test(clause.slice(best.index))) return null;
  return best.pattern;
}

/** The sentence at an offset, by binary search over the text's sentences (split once per text). */
function sentenceFinder(raw: string): (offset: number, fallback: string) => string {
  const all = sentences(raw);
  return (offset, fallback) => {
    let low = 0;
    let high = all.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (all[mid].start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 ? all[found].text : fallback;
  };
}

type SentenceAt = ReturnType<typeof sentenceFinder>;

/** Figures written as digits or numerals with their unit. */
function writtenFigures(text: string, sentenceAt: SentenceAt): ProseFigure[] {
  const found: ProseFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [written, digits, unitWord] = m;
    const start = m.index;
    const value = figureValue(digits);
    if (value === null) continue;
    const after = start + written.length;
    if (
      APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - NEAR), start)) ||
      APPROXIMATE_AFTER.test(text.slice(after, after + NEAR))
    )
      continue;
    const unit = unitWord.endsWith("元") ? "amount" : "count";
    const pattern = patternFor(text, start, unit);
    if (!pattern) continue;
    const stated = unitWord === "元" ? value / 10000 : value;
    found.push({ pattern, stated, written: written.replace(/\s+/g, ""), sentence: sentenceAt(start, written) });
  }
  return found;
}

/** Figures stated as none: `未收到…申请`, `未发生…行政复议`. */
function zeroFigures(text: string, sentenceAt: SentenceAt): ProseFigure[] {
  return ZERO_PHRASES.flatMap(({ id, phrase }) => {
    const pattern = PROSE_PATTERNS.find((p) => p.id === id);
    if (!pattern) return [];
    return [...text.matchAll(phrase)].flatMap((m): ProseFigure[] => {
      const end = m.index + m[0].length;
      const rest = text.slice(end, end + MAX_CLAUSE).split(CLAUSE_BREAK)[0];
      if (ZERO_NARROWED.test(rest)) return [];
      return [{ pattern, stated: 0, written: `“${m[0]}”，即0`, sentence: sentenceAt(m.index, m[0]) }];
    });
  });
}

/** Every figure of a text that states a table value. */
export function proseFigures(raw: string): ProseFigure[] {
  const text = halfWidthDigits(raw);
  const sentenceAt = sentenceFinder(raw);
  return [...writtenFigures(text, sentenceAt), ...zeroFigures(text, sentenceAt)];
}

function tableValue(report: Report, totals: Totals, pattern: ProsePattern): number {
  return pattern.cells.reduce((sum, path) => sum + cellValue(report, totals, path), 0);
}

const QUOTE_LIMIT = 60;
const quote = (sentence: string) => (sentence.length > QUOTE_LIMIT ? `${sentence.slice(0, QUOTE_LIMIT)}……` : sentence);

function finding(field: ProseField, figure: ProseFigure, table: number): CheckedFinding {
  const unit = figure.pattern.unit === "amount" ? "万元" : "";
  const shown = Number(table.toFixed(4));
  return {
    id: "prose-number",
    severity: "warning",
    message:
      `“${field.label}”中“${quote(figure.sentence)}”写的是${figure.written}，` +
      `但${figure.pattern.label}是${shown}${unit}。请核对后把正文或表格改成一致。`,
    cells: [field.path, ...figure.pattern.cells],
    section: field.section,
    expected: shown,
    actual: figure.stated,
    fingerprint: fingerprintOf("prose-number", [field.path, figure.pattern.id, figure.stated, shown]),
  };
}

export function proseNumberCheck(report: Report, context: CheckContext = {}): Finding[] {
  const totals = computeTotals(report);
  const unknown = unknownCells(report, context);
  const findings = new Map<string, CheckedFinding>();
  const unchecked: { field: ProseField; figure: ProseFigure }[] = [];
  for (const field of sectionProse(report)) {
    for (const figure of proseFigures(field.text)) {
      if (figure.pattern.cells.some((path) => unknown.has(path))) {
        unchecked.push({ field, figure });
        continue;
      }
      const table = tableValue(report, totals, figure.pattern);
      if (Math.abs(table - figure.stated) < AMOUNT_TOLERANCE) continue;
      const f = finding(field, figure, table);
      if (!findings.has(f.fingerprint)) findings.set(f.fingerprint, f);
    }
  }
  return [...findings.values(), ...notCheckedFigures(unchecked)];
}

/** One note for every figure of the text whose table cells were not read. */
function notCheckedFigures(unchecked: readonly { field: ProseField; figure: ProseFigure }[]): Finding[] {
  if (unchecked.length === 0) return [];
  const figures = [
    ...new Set(
      unchecked.map(({ field, figure }) => `“${field.label}”中的${figure.written}（${figure.pattern.label}）`),
    ),
  ];
  const cells = [...new Set(unchecked.flatMap(({ field, figure }) => [field.path, ...figure.pattern.cells]))];
  return [
    notCheckedFinding(
      "prose-number",
      `正文数字与表格是否一致：${figures.join("、")}`,
      cells,
      unchecked[0].field.section,
    ),
  ];
}
