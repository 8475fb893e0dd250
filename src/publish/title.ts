/**
 * How the title breaks into lines (GB/T 9704): only between words (词意完整), the lines balanced, and never a short
 * line on top of a long one (梯形或菱形). Shared by Word and print, which set it in 2号 type on the 156 mm text block.
 */
import { emWidth, PAGE, TEXT_WIDTH_PT } from "./style";

/** The 2号 (22 pt) characters on one line of the text block: 20. */
export const TITLE_LINE_EM = Math.floor(TEXT_WIDTH_PT / PAGE.titlePt);

/** Within the template's fixed words 政府信息公开工作年度报告 the one break between words: before 年度报告. */
const FIXED_BREAK_BEFORE = "年度报告";
/** Where a body's name too long for one line may break: after the unit of each administrative level. */
const ORGAN_BREAK_AFTER =
  /(?:自治区|自治州|自治县|特别行政区|人民政府|街道办事处|省|市|盟|县|旗|区|镇|乡|街道)(?![场政级域委])/g;
/** The shorter line must hold at least this share of the longer, or the break is not balanced. */
const BALANCED = 0.6;

/** The title's words: the body's name (broken only when it alone is longer than a line), the year, the fixed words. */
function titleWords(organ: string, title: string): string[] {
  const words: string[] = [];
  let rest = title;
  if (organ && title.startsWith(organ)) {
    if (emWidth(organ) > TITLE_LINE_EM) {
      let from = 0;
      for (const m of organ.matchAll(ORGAN_BREAK_AFTER)) {
        const end = (m.index ?? 0) + m[0].length;
        if (end > from && end < organ.length) {
          words.push(organ.slice(from, end));
          from = end;
        }
      }
      words.push(organ.slice(from));
    } else words.push(organ);
    rest = title.slice(organ.length);
  }
  const year = /^\d*年/.exec(rest)?.[0];
  if (year) {
    words.push(year);
    rest = rest.slice(year.length);
  }
  const at = rest.lastIndexOf(FIXED_BREAK_BEFORE);
  if (at > 0) words.push(rest.slice(0, at), rest.slice(at));
  else if (rest) words.push(rest);
  return words;
}

/** Every way to cut the words into `count` lines, each at most a line long. */
function partitions(words: readonly string[], count: number): string[][] {
  if (count === 1) {
    const line = words.join("");
    return emWidth(line) <= TITLE_LINE_EM ? [[line]] : [];
  }
  const found: string[][] = [];
  for (let i = 1; i <= words.length - count + 1; i++) {
    const first = words.slice(0, i).join("");
    if (emWidth(first) > TITLE_LINE_EM) break;
    for (const rest of partitions(words.slice(i), count - 1)) found.push([first, ...rest]);
  }
  return found;
}

/** 梯形或菱形: no line is shorter than the line below it, except the first of three or more (a diamond). */
function shaped(widths: readonly number[]): boolean {
  const peak = widths.indexOf(Math.max(...widths));
  return widths.every((w, i) =>
    i < peak ? w <= widths[i + 1] && widths.length > 2 : i === widths.length - 1 || w >= widths[i + 1],
  );
}

/**
 * The title's lines: one when it fits, else the fewest lines that break between words, preferring balanced lines
 * in the shape of a trapezoid (longer line first) or diamond, then the most balanced.
 */
export function titleLines(organ: string, title: string): string[] {
  const words = titleWords(organ, title);
  for (let count = 1; count <= words.length; count++) {
    const options = partitions(words, count).map((lines) => {
      const widths = lines.map(emWidth);
      const balance = Math.min(...widths) / Math.max(...widths);
      return { lines, rank: [balance >= BALANCED || count === 1, shaped(widths), balance] as const };
    });
    options.sort((a, b) => {
      for (let i = 0; i < 3; i++) if (a.rank[i] !== b.rank[i]) return Number(b.rank[i]) - Number(a.rank[i]);
      return 0;
    });
    if (options.length) return options[0].lines;
  }
  return [title];
}
