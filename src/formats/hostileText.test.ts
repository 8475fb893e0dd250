/**
 * Hostile text in every text field cannot change the structure of the Markdown export, reads back as the
 * same text, and survives JSON deep-equal. The HTML and Word exports: src/publish/hostileText.test.ts.
 */
import { describe, expect, it } from "vitest";
import { getAt, type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { PAYLOADS, TEXT_FIELDS } from "../testing/hostileText";
import { importDocument, toJson, toMarkdown } from ".";
import { splitLines } from "./lines";

const CASES = TEXT_FIELDS.flatMap((field) => Object.entries(PAYLOADS).map(([name, text]) => [field, name, text]));
const withText = (field: string, text: string): Report => setAt(hongshan2023(), field, text);

/** Headings, table rows (with their width) and rules: what user text must never add or remove. */
function skeleton(markdown: string): string[] {
  return splitLines(markdown).flatMap((line) => {
    if (line.kind === "row") return [`row of ${line.cells.length}`];
    if (line.kind === "rule") return ["rule"];
    return line.level > 0 ? [`h${line.level}`] : [];
  });
}

/** The form in which text round-trips (docs/json-format.md): one-line fields joined, prose lines trimmed. */
function asReadBack(field: string, text: string): string {
  if (field === "meta.organ" || field.endsWith(".heading")) return text.replace(/[\r\n\t]+/g, " ").trim();
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

describe(`hostile text in each of ${TEXT_FIELDS.length} text fields × ${Object.keys(PAYLOADS).length} payloads`, () => {
  it("finds the fields in the template, not a hand-typed list", () => {
    expect(TEXT_FIELDS).toEqual(expect.arrayContaining(["meta.organ", "s1.oversight.heading", "s6.body"]));
    expect(TEXT_FIELDS).not.toContain("meta.organType");
    expect(TEXT_FIELDS).not.toContain("meta.publishDate");
  });

  it.each(CASES)("Markdown keeps the document's structure: %s ← %s", (field, _, text) => {
    expect(skeleton(toMarkdown(withText(field, text)))).toEqual(skeleton(toMarkdown(withText(field, "文字"))));
  });

  it.each(CASES)("Markdown reads back as the same text: %s ← %s", (field, _, text) => {
    const result = importDocument(toMarkdown(withText(field, text)));
    if (!result.ok) throw new Error(result.message);
    expect(getAt(result.report, field)).toBe(asReadBack(field, text));
  });

  it.each(CASES)("JSON round-trips deep-equal: %s ← %s", (field, _, text) => {
    const result = importDocument(toJson(withText(field, text)));
    expect(result.ok && result.report).toEqual(withText(field, text));
  });
});
