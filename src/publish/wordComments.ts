/**
 * Review comments as Word 批注 (docs/publish.md): where each one is anchored in the published document and what
 * it says. Pure: the Word writer (docx.ts) only wraps the anchored paragraph in a comment range.
 * - a field's comment: its first printed paragraph (an empty field: its sub-item heading, else its section's);
 *   a table cell's: that cell's paragraph; a section's: the section heading; 机关全称 / 年度 and fields that do
 *   not print: the title;
 * - a finding's comment: the first cell or field the finding points at, else the title, with the finding named;
 * - replies: comments of their own on the same place, threaded under the comment (Word shows them as replies);
 * - resolved comments are kept, marked resolved in Word and “【已解决】” in their text for readers without threads;
 *   a comment deleted by its author with replies left stands as “（此意见已被作者删除）” with them.
 */

import type { Author } from "../review/entry";
import type { ThreadComment } from "../review/thread";
import { cellByPath } from "../template";
import type { PublishDocument } from "./model";

/** Where a comment is anchored: a key of `anchorKeys`. */
export type Anchor = string;

export const TITLE_ANCHOR = "title";
export const headingAnchor = (section: number) => `heading:${section}`;
export const blockAnchor = (section: number, block: number) => `block:${section}:${block}`;
export const cellAnchor = (path: string) => `cell:${path}`;
export const preambleAnchor = (index: number) => `preamble:${index}`;
export const signOffAnchor = (index: number) => `signOff:${index}`;

export interface WordComment {
  /** w:id, from 0 in document order of the thread. */
  id: number;
  parentId?: number;
  author: string;
  initials: string;
  date: Date;
  text: string;
  resolved: boolean;
}

/** What a finding's comment needs from the findings now: the cells it points at and its message. */
export type FindingLookup = (fingerprint: string) => { cells: readonly string[]; message: string } | undefined;

/** The anchor of a field or cell by key path, following what the document printed. */
export function fieldAnchor(doc: PublishDocument, path: string): Anchor {
  if (path === "meta.preamble") return doc.preamble.length > 0 ? preambleAnchor(0) : TITLE_ANCHOR;
  if (path === "meta.signOff") return doc.signOff.length > 0 ? signOffAnchor(0) : TITLE_ANCHOR;
  if (path.startsWith("meta.")) return TITLE_ANCHOR;
  const cell = cellByPath(path);
  if (cell) {
    const index = doc.sections.findIndex((s) => s.sources[0] === cell.table);
    return index < 0 ? TITLE_ANCHOR : cellAnchor(path);
  }
  const sectionKey = path.split(".")[0];
  const index = doc.sections.findIndex((s) => s.key === sectionKey);
  if (index < 0) return TITLE_ANCHOR;
  const sources = doc.sections[index].sources;
  const at = sources.indexOf(path);
  if (at >= 0) return blockAnchor(index, at);
  const heading = sources.indexOf(path.replace(/\.body$/, ".heading"));
  return heading >= 0 ? blockAnchor(index, heading) : headingAnchor(index);
}

/** Word shows initials in the margin: the first character of the name. */
const initials = (author: Author) => [...author.name.trim()][0] ?? "审";

/**
 * Every comment and reply as Word comments, grouped by anchor; ids in the thread's order. `signed` is how an author
 * is shown (the panel's name with key fingerprint).
 */
export function wordComments(
  doc: PublishDocument,
  comments: readonly ThreadComment[],
  finding: FindingLookup,
  signed: (author: Author) => string,
): Map<Anchor, WordComment[]> {
  const anchored = new Map<Anchor, WordComment[]>();
  let next = 0;
  const add = (anchor: Anchor, comment: Omit<WordComment, "id">) => {
    const id = next++;
    const list = anchored.get(anchor);
    if (list) list.push({ id, ...comment });
    else anchored.set(anchor, [{ id, ...comment }]);
    return id;
  };
  for (const c of comments) {
    let anchor: Anchor = TITLE_ANCHOR;
    let about = "";
    if (c.target.kind === "section") {
      const section = c.target.section;
      const index = doc.sections.findIndex((s) => s.key === section);
      anchor = index < 0 ? TITLE_ANCHOR : headingAnchor(index);
    } else if (c.target.kind === "field") {
      anchor = fieldAnchor(doc, c.target.path);
    } else {
      const found = finding(c.target.fingerprint);
      anchor = found?.cells[0] ? fieldAnchor(doc, found.cells[0]) : TITLE_ANCHOR;
      about = found ? `关于检查结果“${found.message}”：` : "关于一条现已不存在的检查结果：";
    }
    const mark = c.resolved ? "【已解决】" : "";
    const text = c.deleted ? "（此意见已被作者删除）" : c.text;
    const parentId = add(anchor, {
      author: signed(c.author),
      initials: initials(c.author),
      date: new Date(c.at),
      text: `${mark}${about}${text}`,
      resolved: c.resolved,
    });
    for (const r of c.replies) {
      add(anchor, {
        parentId,
        author: signed(r.author),
        initials: initials(r.author),
        date: new Date(r.at),
        text: r.text,
        resolved: c.resolved,
      });
    }
  }
  return anchored;
}
