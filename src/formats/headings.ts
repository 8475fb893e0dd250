/**
 * Section headings as reports really word them. A heading is matched by the template's title (with or without
 * its ordinal), or by its ordinal and its meaning together: `五、政府信息公开工作存在的主要问题及改进情况` and
 * `一、2023年政务公开总体情况` are 五 and 一. The meaning words are taken from the template's titles (a test
 * checks each one is part of its title), so no heading wording is invented here.
 */
import { SECTIONS, type SectionKey } from "../template";
import { cnNumeral, normLabel, withoutOrdinal } from "./text";

const SECTION_BY_TITLE = new Map(
  SECTIONS.flatMap((s) => [
    [normLabel(s.title), s.key],
    [withoutOrdinal(normLabel(s.title)), s.key],
  ]),
);

/** Words a heading of each section cannot do without; any one of them will do. */
export const SECTION_MEANING: Record<SectionKey, readonly string[]> = {
  s1: ["总体情况"],
  s2: ["主动公开"],
  s3: ["申请"],
  s4: ["行政复议", "行政诉讼"],
  s5: ["问题", "改进"],
  s6: ["其他", "需要报告"],
};

/** A heading is a short line, not a sentence. */
const MAX_HEADING = 40;

/** The section a heading line opens, or undefined when it is not one. */
export function sectionOfHeading(text: string): SectionKey | undefined {
  const norm = normLabel(text);
  const byTitle = SECTION_BY_TITLE.get(norm);
  if (byTitle) return byTitle;
  const m = norm.match(/^([一二三四五六])[.]/);
  if (!m || norm.length > MAX_HEADING || /[。；;！？]/.test(norm)) return undefined;
  const def = SECTIONS[(cnNumeral(m[1]) ?? 0) - 1];
  return def && SECTION_MEANING[def.key].some((word) => norm.includes(word)) ? def.key : undefined;
}
