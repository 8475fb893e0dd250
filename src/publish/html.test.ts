import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TABLE_LAYOUTS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { escapeHtml, reportHtmlFragment, TABLE_CLASS } from "./html";
import { type PublishTable, publishDocument } from "./model";
import { publishFixture } from "./testing/fixture";

const GOLDEN = new URL("./golden/fixture.html", import.meta.url);

describe("reportHtmlFragment", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)", () => {
    const html = reportHtmlFragment(publishFixture());
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, html);
    expect(html).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("has no script, no event handler and no style sheet: style attributes, and one class on each table", () => {
    const html = reportHtmlFragment(publishFixture());
    expect(html).not.toMatch(/<script|<style|<link|\son\w+=|javascript:/i);
    expect([...html.matchAll(/\sclass="([^"]*)"/g)].map((m) => m[1])).toEqual(Array(3).fill(TABLE_CLASS));
    const tags = new Set([...html.matchAll(/<(\w+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual([
      "caption",
      "col",
      "colgroup",
      "div",
      "h2",
      "h3",
      "p",
      "table",
      "tbody",
      "td",
      "th",
      "thead",
      "tr",
    ]);
  });

  it("escapes every text a user typed", () => {
    const html = reportHtmlFragment(publishFixture());
    expect(html).toContain(">示例区&lt;测试&gt;局</p>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("A&amp;B 类 &quot;重点&quot;");
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("contains every label of the three tables", () => {
    const html = reportHtmlFragment(hongshan2023());
    for (const layout of Object.values(TABLE_LAYOUTS)) {
      for (const cell of [...layout.header, ...layout.body].flat()) {
        if (cell.kind === "label") expect(html).toContain(`>${escapeHtml(cell.text)}</`);
      }
    }
  });

  it("writes each table's cells with the spans of the template", () => {
    const html = reportHtmlFragment(hongshan2023());
    const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
    const expected = publishDocument(hongshan2023())
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(tables).toHaveLength(3);
    tables.forEach((table, i) => {
      const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, tr]) =>
        [...tr.matchAll(/<t[hd](?: scope="\w+")?( colspan="(\d+)")?( rowspan="(\d+)")? style="[^"]*">([^<]*)</g)].map(
          (m) => ({
            text: m[5],
            colspan: Number(m[2] ?? 1),
            rowspan: Number(m[4] ?? 1),
          }),
        ),
      );
      const want = (t: PublishTable) =>
        [...t.header, ...t.body].map((row) =>
          row.map((c) => ({ text: escapeHtml(c.text), colspan: c.colspan, rowspan: c.rowspan })),
        );
      expect(rows).toEqual(want(expected[i]));
    });
  });
});
