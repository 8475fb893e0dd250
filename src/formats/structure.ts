/**
 * Finds the parts of a report in its text lines: the title, the opening paragraphs, the six sections and
 * the sign-off. Markdown headings win when a document uses them (our own export does), so a paragraph
 * that happens to read like a heading stays a paragraph; plain text copied from a web page is read by
 * matching section titles and sub-item ordinals instead.
 */
import { SECTION_KEYS, type SectionKey, sectionDef } from "../template";
import { sectionOfHeading } from "./headings";
import type { Line } from "./lines";
import { readTitle } from "./metaText";
import { normLabel, splitOrdinal, unescapeMarkdown } from "./text";

type TextLine = Extract<Line, { kind: "text" }>;

export interface SubItemText {
  /** 1-based ordinal as printed, or null when the heading has none. */
  ordinal: number | null;
  heading: string;
  body: string[];
}

export interface SectionText {
  /** Paragraphs before the first sub-item heading (all of them when there is none). */
  body: string[];
  items: SubItemText[];
}

export interface DocumentText {
  title: string | null;
  /** The line just above the title when it is a body's name (a title printed as `某某局` / `2023年…年度报告`). */
  nameLine: string | null;
  /** Lines before the title (web page navigation and the like), not imported. */
  before: string[];
  preamble: string[];
  sections: Partial<Record<SectionKey, SectionText>>;
  /** Paragraphs after a `---` rule at the end (our export's sign-off). */
  signOff: string[];
}

const TITLE_WORDS = normLabel("政府信息公开工作年度报告");

/**
 * A title set on two lines (`…2023年` / `政府信息公开工作年度报告`, as our Word file and GB/T 9704 break it) reads as one:
 * a Chinese title has no spaces between its characters.
 */
const joinTitleLines = (title: string) => title.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "");

/** A title names the report; a sentence that mentions it (`…现公布区政府国资局2022年…年度报告。`) is not one. */
function isTitle(text: string): boolean {
  return normLabel(text).includes(TITLE_WORDS) && !/[。，,；;！？]/.test(text);
}

/** A line that can only be a body's name: short words without digits, punctuation or page furniture. */
export function isNameLine(text: string): boolean {
  return /^[\p{Script=Han}（）()·]{2,40}$/u.test(text.trim()) && !/[年月日]$/.test(text.trim());
}

/** Visible text of a line: Markdown escapes undone and bold marks dropped. */
export function plainText(text: string): string {
  return unescapeMarkdown(text.replace(/(?<!\\)(\*\*|__)/g, "")).trim();
}

function sectionOf(line: TextLine): SectionKey | undefined {
  return sectionOfHeading(plainText(line.text));
}

/** Sections come in the template's order: a later line that reads like an earlier heading is text. */
function after(next: SectionKey | undefined, current: SectionKey | null): boolean {
  return next !== undefined && (current === null || SECTION_KEYS.indexOf(next) > SECTION_KEYS.indexOf(current));
}

/** Headings of a role are taken from Markdown headings only when the document has such headings. */
function usesHeadings(lines: readonly TextLine[], level: number, test: (l: TextLine) => boolean): boolean {
  return lines.some((l) => l.level === level && test(l));
}

/** `（一）主动公开情况。本年度…` on one line: a short heading, then the body. */
function splitHeadingLine(rest: string): { heading: string; body: string | null } {
  const m = rest.match(/^(.{1,25}?)[。：:](.+)$/s);
  if (m) return { heading: m[1].trim(), body: m[2].trim() };
  return { heading: rest, body: null };
}

/**
 * Plain text numbers its sub-items `（一）`; some reports number them `1.` … `5.` instead. Digit-numbered lines
 * are sub-item headings only when there is no `（一）` heading and they are exactly 1 to the section's number
 * of sub-items, in order; otherwise they are the items of a list.
 */
function digitHeadings(lines: readonly TextLine[], itemCount: number): boolean {
  if (itemCount < 2 || lines.some((l) => splitOrdinal(plainText(l.text)) !== null)) return false;
  const numbers = lines.flatMap((l) => splitOrdinal(plainText(l.text), true)?.n ?? []);
  return numbers.length === itemCount && numbers.every((n, i) => n === i + 1);
}

function readSection(lines: readonly TextLine[], itemCount: number): SectionText {
  const section: SectionText = { body: [], items: [] };
  const markdownItems = lines.some((l) => l.level >= 3);
  const digits = markdownItems || digitHeadings(lines, itemCount);
  for (const line of lines) {
    const text = plainText(line.text);
    const isHeading = itemCount > 0 && (markdownItems ? line.level >= 3 : splitOrdinal(text, digits) !== null);
    if (isHeading) {
      const ordinal = splitOrdinal(text, digits);
      const rest = ordinal ? ordinal.rest : text;
      const { heading, body } = markdownItems ? { heading: rest, body: null } : splitHeadingLine(rest);
      section.items.push({ ordinal: ordinal?.n ?? null, heading, body: body ? [body] : [] });
    } else if (text !== "") {
      (section.items.at(-1)?.body ?? section.body).push(text);
    }
  }
  return section;
}

export function readStructure(lines: readonly Line[]): DocumentText {
  const text = lines.filter((l): l is TextLine => l.kind === "text");
  const byHeading = usesHeadings(text, 2, (l) => sectionOf(l) !== undefined);
  const isSection = (l: TextLine) => (!byHeading || l.level === 2) && sectionOf(l) !== undefined;
  const firstSection = text.findIndex(isSection);
  const head = firstSection < 0 ? text : text.slice(0, firstSection);
  const titleByHeading = usesHeadings(head, 1, () => true);
  const titleIndex = head.findIndex((l) => (!titleByHeading || l.level === 1) && isTitle(plainText(l.text)));
  const before = titleIndex > 0 ? head.slice(0, titleIndex).map((l) => plainText(l.text)) : [];
  const title = titleIndex >= 0 ? joinTitleLines(plainText(head[titleIndex].text)) : null;
  const above = before.at(-1) ?? "";
  const nameLine = title && !readTitle(title).organ && isNameLine(above) ? above : null;
  const doc: DocumentText = {
    title,
    nameLine,
    before: nameLine ? before.slice(0, -1) : before,
    preamble: head.slice(titleIndex + 1).map((l) => plainText(l.text)),
    sections: {},
    signOff: [],
  };
  if (firstSection < 0) return doc;
  let current: SectionKey | null = null;
  let bucket: TextLine[] = [];
  let afterRule = false;
  const flush = () => {
    if (current) doc.sections[current] = readSection(bucket, sectionDef(current).subItems.length);
  };
  for (const line of lines.slice(lines.indexOf(text[firstSection]))) {
    if (line.kind === "rule") {
      afterRule = current === "s6";
    } else if (line.kind === "text" && afterRule) {
      doc.signOff.push(plainText(line.text));
    } else if (line.kind === "text" && isSection(line) && after(sectionOf(line), current)) {
      flush();
      current = sectionOf(line) ?? null;
      bucket = [];
    } else if (line.kind === "text") {
      bucket.push(line);
    }
  }
  flush();
  return doc;
}
