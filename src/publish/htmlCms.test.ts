/**
 * The HTML fragment as a CMS takes it, checked by programs nobody here wrote: html-validate passes it, and
 * after two common sanitizers' default filtering (js-xss, sanitize-html) the tables keep what each allows.
 */
import { HtmlValidate } from "html-validate";
import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import { filterXSS } from "xss";
import { EXPORT_SAMPLES } from "../testing/exportSamples";
import { hongshan2023 } from "../testing/hongshan2023";
import { reportHtmlFragment } from "./html";
import { publishDocument } from "./model";

// Inline styles are the fragment's design (docs/publish.md): a CMS keeps them where it keeps anything.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

const html = reportHtmlFragment(hongshan2023());
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
const spansIn = (text: string) => count(text, /\s(colspan|rowspan)="\d+"/g);
const SECTION_TITLES = publishDocument(hongshan2023()).sections.map((s) => s.title);

describe("the HTML fragment", () => {
  it.each(Object.entries(EXPORT_SAMPLES))(
    "passes html-validate (recommended rules) for the %s report",
    async (_, report) => {
      const result = await validator.validateString(reportHtmlFragment(report()));
      expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    },
  );

  it("starts below the CMS page title: no <h1>, the six parts as <h2>, sub-items as <h3>", () => {
    expect(html).not.toContain("<h1");
    expect(html).not.toContain(publishDocument(hongshan2023()).title);
    expect(count(html, /<h2[\s>]/g)).toBe(6);
    for (const title of SECTION_TITLES) expect(html).toContain(`${title}</h2>`);
    expect(count(html, /<h3[\s>]/g)).toBe(7);
  });

  it("has one caption per table, row labels as <th scope=row> and every header cell scoped", () => {
    expect(count(html, /<table[\s>]/g)).toBe(3);
    expect(count(html, /<caption[\s>]/g)).toBe(3);
    expect(html).toMatch(/<th scope="row"[^>]*>行政处罚<\/th>/);
    expect(html).toMatch(/<th scope="row" rowspan="22"[^>]*>三、本年度办理结果<\/th>/);
    expect(html).toMatch(/<th scope="col"[^>]*>自然人<\/th>/);
    expect(count(html, /<th(?![^>]*scope="(row|col)")[\s>]/g)).toBe(0);
    expect(html).not.toMatch(/<td[^>]*>[^<0-9]/);
  });

  it("draws borders without a style sheet: a border attribute and a class on each table", () => {
    expect(count(html, /<table border="1" class="xxgk-table"/g)).toBe(3);
  });
});

describe("after a CMS sanitizer's default filtering", () => {
  it("js-xss keeps the border attribute, colspan and rowspan, captions and headings; it drops style, class, scope", () => {
    const filtered = filterXSS(html);
    expect(count(filtered, /<table border="1">/g)).toBe(3);
    expect(spansIn(filtered)).toBe(spansIn(html));
    expect(count(filtered, /<caption><h2>/g)).toBe(3);
    expect(filtered).not.toMatch(/\s(style|class|scope)=/);
  });

  it("sanitize-html keeps the tables, captions and headings but no attribute at all (docs/publish.md)", () => {
    const filtered = sanitizeHtml(html);
    expect(count(filtered, /<table>/g)).toBe(3);
    expect(count(filtered, /<caption>/g)).toBe(3);
    expect(count(filtered, /<h2>/g)).toBe(6);
    expect(spansIn(filtered)).toBe(0);
  });

  it("sanitize-html keeps borders and spans once the CMS allows these attributes, as docs/publish.md says", () => {
    const filtered = sanitizeHtml(html, {
      allowedAttributes: {
        table: ["border", "class"],
        th: ["colspan", "rowspan", "scope"],
        td: ["colspan", "rowspan"],
      },
    });
    expect(count(filtered, /<table border="1" class="xxgk-table">/g)).toBe(3);
    expect(spansIn(filtered)).toBe(spansIn(html));
  });
});
