import { describe, expect, it } from "vitest";
import { setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { markdownBlocks, toMarkdown } from ".";

describe("markdownBlocks (the preview's reading of our export)", () => {
  const blocks = markdownBlocks(toMarkdown(hongshan2023()));

  it("gives the title, the six sections, the sub-items and the three tables", () => {
    expect(blocks[0]).toEqual({
      kind: "heading",
      level: 1,
      text: "西工区红山街道办事处2023年政府信息公开工作年度报告",
    });
    expect(blocks.filter((b) => b.kind === "heading" && b.level === 2)).toHaveLength(6);
    expect(blocks.filter((b) => b.kind === "heading" && b.level === 3)).toHaveLength(7);
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => t.kind === "table" && [t.header.length, t.rows.length])).toEqual([
      [4, 13],
      [10, 27],
      [15, 3],
    ]);
  });

  it("keeps user text as text, markup and pipes included", () => {
    const text = "<img src=x onerror=alert(1)> | **不是粗体** [链接](javascript:alert(1))";
    const report = setAt(hongshan2023(), "s6.body", text);
    expect(markdownBlocks(toMarkdown(report)).at(-1)).toEqual({ kind: "paragraph", text });
  });
});
