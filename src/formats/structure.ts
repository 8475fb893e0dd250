/**
 * Finds the parts of a report in its text lines: the title, the opening paragraphs, the six sections and
 * the sign-off. Markdown headings win when a document uses them (our own export does), so a paragraph
 * that happens to read like a heading stays a paragraph; plain text copied from a web page is read by
 * matching section titles and sub-item ordinals instead.
 */
import { SECTION_KEYS, type SectionKey } from "../template";
import { sectionOfHeading } from "./headings";
import type { Line } from "./lines";
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
  /** Lines before the title (web page navigation and the like), not imported. */
  before: string[];
  preamble: string[];
  sections: Partial<Record<SectionKey, SectionText>>;
  /** Paragraphs after a `---` rule at the end (our export's sign-off). */
  signOff: string[];
}

const TITLE_WORDS = normLabel("政府信息公开工作年度报告");

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

function readSection(lines: readonly TextLine[], proseItems: boolean): SectionText {
  const section: SectionText = { body: [], items: [] };
  const markdownItems = lines.some((l) => l.level >= 3);
  for (const line of lines) {
    const text = plainText(line.text);
    const isHeading = proseItems && (markdownItems ? line.level >= 3 : splitOrdinal(text) !== null);
    if (isHeading) {
      const ordinal = splitOrdinal(text, markdownItems);
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
  const titleIndex = head.findIndex(
    (l) => (!titleByHeading || l.level === 1) && normLabel(plainText(l.text)).includes(TITLE_WORDS),
  );
  const doc: DocumentText = {
    title: titleIndex >= 0 ? plainText(head[titleIndex].text) : null,
    before: titleIndex > 0 ? head.slice(0, titleIndex).map((l) => plainText(l.text)) : [],
    preamble: head.slice(titleIndex + 1).map((l) => plainText(l.text)),
    sections: {},
    signOff: [],
  };
  if (firstSection < 0) return doc;
  let current: SectionKey | null = null;
  let bucket: TextLine[] = [];
  let afterRule = false;
  const flush = () => {
    if (current) doc.sections[current] = readSection(bucket, current === "s1" || current === "s5");
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
