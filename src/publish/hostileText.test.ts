/**
 * Hostile text in every text field reaches the HTML fragment and the Word file as text only: no element,
 * attribute or URL of its own, and every printed line is there to read.
 */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { PAYLOADS, TEXT_FIELDS } from "../testing/hostileText";
import { reportDocx } from "./docx";
import { reportHtmlFragment } from "./html";
import { paragraphs } from "./model";
import { xmlText } from "./testing/docxTables";

const CASES = TEXT_FIELDS.flatMap((field) => Object.entries(PAYLOADS).map(([name, text]) => [field, name, text]));
const withText = (field: string, text: string) => setAt(hongshan2023(), field, text);

/** The only markup the fragment writes (see html.ts): these elements with style, span, scope and border attributes. */
const OWN_TAG =
  /<(\/?)(div|h2|h3|p|table|caption|colgroup|col|thead|tbody|tr|th|td)((?: (?:style|colspan|rowspan|scope|border|class)="[^"<>]*")*)>/g;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** XML 1.0 allows no C0 control character but tab and line breaks: Word refuses a file that has one. */
const xmlAllows = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : ch === "\t" || ch === "\n" || ch === "\r";
};
const xmlChars = (text: string) => [...text].filter(xmlAllows).join("");

describe("HTML fragment", () => {
  it.each(CASES)("holds %s ← %s as escaped text only", (field, _, text) => {
    const html = reportHtmlFragment(withText(field, text));
    const outside = html.replace(OWN_TAG, "\n");
    expect(outside).not.toMatch(/[<>]/);
    const shown = outside.replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]);
    // 机关全称 is only in the title, which the CMS page shows, not the fragment (docs/publish.md).
    const lines = field === "meta.organ" ? [] : paragraphs(text);
    for (const line of lines) expect(shown).toContain(line.replace(/[\r\n\t]+/g, " "));
  });
});

/** Building a .docx is slow: one document per payload, each field's copy tagged with the field's path. */
function everyField(text: string) {
  return TEXT_FIELDS.reduce((report, field) => setAt(report, field, `${field} ${text}`), hongshan2023());
}

describe("Word document", () => {
  it.each(Object.entries(PAYLOADS))("holds %s in every field as text in well-formed XML", async (_, text) => {
    const parts = unzipSync(await reportDocx(everyField(text)));
    const broken = Object.keys(parts).filter((name) => ![...strFromU8(parts[name])].every(xmlAllows));
    expect(broken).toEqual([]);
    const shown = xmlText(strFromU8(parts["word/document.xml"]));
    for (const field of TEXT_FIELDS) {
      for (const line of paragraphs(`${field} ${text}`)) expect(shown).toContain(xmlChars(line));
    }
  });
});

describe("Word 批注", () => {
  it.each(Object.entries(PAYLOADS))(
    "holds %s in a comment, its author and a reply as text in well-formed XML",
    async (_, text) => {
      const author = { name: text, key: "k" };
      const comment = {
        id: "c",
        author,
        at: "2024-01-10T08:00:00.000Z",
        text,
        edited: false,
        legacy: false,
        target: { kind: "field" as const, path: "s6.body" },
        resolved: false,
        resolvedBy: null,
        deleted: false,
        replies: [{ id: "r", author, at: "2024-01-10T09:00:00.000Z", text, edited: false, legacy: false }],
      };
      const parts = unzipSync(
        await reportDocx(hongshan2023(), undefined, {
          comments: [comment],
          finding: () => undefined,
          signed: (a) => a.name,
        }),
      );
      const broken = Object.keys(parts).filter((name) => ![...strFromU8(parts[name])].every(xmlAllows));
      expect(broken).toEqual([]);
      const shown = xmlText(strFromU8(parts["word/comments.xml"]));
      for (const line of text.split(/\r?\n/)) expect(shown).toContain(xmlChars(line));
    },
  );
});
