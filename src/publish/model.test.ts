import { describe, expect, it } from "vitest";
import { blankReport } from "../report";
import { type LayoutCell, layoutMatrix, SECTIONS, TABLE_LAYOUTS, type TableKey } from "../template";
import { formatFigure, type PublishCell, paragraphs, publishDocument, publishTable } from "./model";
import { publishFixture } from "./testing/fixture";

const TABLES: TableKey[] = ["t2", "t3", "t4"];

describe("publishDocument", () => {
  it("titles the document <机关全称><年度>年政府信息公开工作年度报告", () => {
    expect(publishDocument(publishFixture()).title).toBe("示例区<测试>局2024年政府信息公开工作年度报告");
  });

  it("has the six sections in the template's order", () => {
    expect(publishDocument(blankReport()).sections.map((s) => s.title)).toEqual(SECTIONS.map((s) => s.title));
  });

  it("numbers the sub-items （一）… and prints the default heading when one was cleared", () => {
    const headings = publishDocument(publishFixture())
      .sections[0].blocks.filter((b) => b.kind === "heading")
      .map((b) => (b.kind === "heading" ? b.text : ""));
    expect(headings).toEqual([
      "（一）主动公开情况",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）平台建设",
      "（五）监督保障",
    ]);
  });

  it("takes a short line typed as `1.` with no sentence after it for a third-level heading, not a numbered paragraph", () => {
    const report = publishFixture();
    report.s5.improvements.body = "1.加强业务培训\n1.加强培训。全年组织培训两次。\n2023年全年组织培训两次";
    const blocks = publishDocument(report).sections[4].blocks.slice(-3);
    expect(blocks).toEqual([
      { kind: "heading", text: "1.加强业务培训", level: 3 },
      { kind: "paragraph", text: "1.加强培训。全年组织培训两次。" },
      { kind: "paragraph", text: "2023年全年组织培训两次" },
    ]);
  });

  it("prints one paragraph per non-empty line, trimmed", () => {
    expect(paragraphs("  甲 \n\n乙\r\n")).toEqual(["甲", "乙"]);
    expect(publishDocument(publishFixture()).signOff).toEqual(["示例区<测试>局", "2025年1月20日"]);
    expect(publishDocument(blankReport()).signOff).toEqual([]);
  });
});

describe("publishTable", () => {
  it.each(TABLES)("%s keeps every merged cell of the template where the template puts it", (table) => {
    const published = publishTable(blankReport(), table);
    const layout = TABLE_LAYOUTS[table];
    const spans = (rows: readonly (readonly (LayoutCell | PublishCell)[])[]) =>
      rows.map((row) => row.map((c) => [c.colspan, "rowspan" in c ? c.rowspan : 1]));
    expect(spans(published.header)).toEqual(spans(layout.header));
    expect(spans(published.body)).toEqual(spans(layout.body));
    expect(layoutMatrix(layout)).toHaveLength(published.header.length + published.body.length);
  });

  it("prints blank cells as 0 and computes the totals", () => {
    const cells = publishTable(publishFixture(), "t3").body.flat();
    const at = (path: string) => cells.find((c) => c.path === path)?.text;
    expect(at("t3.received.research")).toBe("0");
    expect(at("t3.received.total")).toBe("9");
    expect(at("t3.total.natural")).toBe("7");
    expect(at("t3.total.total")).toBe("9");
  });

  it("prints 万元 amounts with their decimals and no float noise", () => {
    expect(formatFigure(1.25)).toBe("1.25");
    expect(formatFigure(0.1 + 0.2)).toBe("0.3");
    expect(formatFigure(5)).toBe("5");
  });
});
