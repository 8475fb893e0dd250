import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { TABLE_LAYOUTS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { reportDocx } from "./docx";
import { publishDocument } from "./model";
import { documentXml, readTables, xmlText } from "./testing/docxTables";
import { publishFixture } from "./testing/fixture";

const seedDocx = reportDocx(hongshan2023());

describe("reportDocx", () => {
  it("is a Word package: content types, relationships and a main document", async () => {
    const files = unzipSync(await seedDocx);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]),
    );
    expect(strFromU8(files["[Content_Types].xml"])).toContain("wordprocessingml.document.main+xml");
    const xml = strFromU8(files["word/document.xml"]);
    // A4 portrait with the official margins (37 / 35 / 28 / 26 mm) and a line grid of 22 lines.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  it("sets the house style in Word's own styles: 仿宋 body justified and indented, 小标宋 title, 黑体 / 楷体 / 仿宋 headings", async () => {
    const styles = strFromU8(unzipSync(await seedDocx)["word/styles.xml"]);
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toContain('w:eastAsia="仿宋"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:jc w:val="both"/>');
    expect(defaults).toContain('w:firstLineChars="200"');
    expect(defaults).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
    // 28 characters of 16 pt on 156 mm: each 0.25 pt narrower.
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(style("Title")).toContain('w:eastAsia="方正小标宋简体"');
    expect(style("Title")).toContain('<w:sz w:val="44"/>');
    expect(style("Title")).toContain('<w:jc w:val="center"/>');
    const headings = [
      ["Heading1", "Heading 1", "黑体"],
      ["Heading2", "Heading 2", "楷体"],
      ["Heading3", "Heading 3", "仿宋"],
    ];
    for (const [id, name, eastAsia] of headings) {
      expect(style(id)).toContain(`<w:name w:val="${name}"/>`);
      expect(style(id)).toContain(`w:eastAsia="${eastAsia}"`);
      expect(style(id)).toContain("<w:keepNext/>");
      expect(style(id)).toContain('<w:b w:val="false"/>');
    }
  });

  it("marks section titles as Heading 1, sub-item headings as Heading 2 and a typed 1. heading as Heading 3", async () => {
    const report = hongshan2023();
    report.s5.improvements.body = "1.加强业务培训\n全年组织培训两次。";
    const xml = documentXml(await reportDocx(report));
    const styled = (id: string) =>
      [...xml.matchAll(new RegExp(`<w:pStyle w:val="${id}"/>[\\s\\S]*?</w:p>`, "g"))].map((m) => xmlText(m[0]));
    expect(styled("Heading1")).toEqual(publishDocument(report).sections.map((s) => s.title));
    expect(styled("Heading2")).toContain("（一）政府信息主动公开情况");
    expect(styled("Heading3")).toEqual(["1.加强业务培训"]);
    expect(styled("Title")).toEqual(["西工区红山街道办事处2023年政府信息公开工作年度报告"]);
  });

  it("numbers the pages — 1 — in 4号宋体, odd pages right and even pages left", async () => {
    const files = unzipSync(await seedDocx);
    expect(strFromU8(files["word/settings.xml"])).toContain("<w:evenAndOddHeaders/>");
    const footers = Object.keys(files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(xmlText(footer)).toBe("—  —");
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain('w:eastAsia="宋体"');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(["left", "right"]);
  });

  it("has the report's title, the body as author and the language zh-CN", async () => {
    const core = strFromU8(unzipSync(await seedDocx)["docProps/core.xml"]);
    expect(core).toContain("<dc:title>西工区红山街道办事处2023年政府信息公开工作年度报告</dc:title>");
    expect(core).toContain("<dc:creator>西工区红山街道办事处</dc:creator>");
    expect(core).toContain("<dc:language>zh-CN</dc:language>");
    expect(strFromU8(unzipSync(await reportDocx(publishFixture()))["docProps/core.xml"])).toContain(
      "<dc:creator>示例区&lt;测试&gt;局</dc:creator>",
    );
  });

  it("says the seed's title, sections and every table label", async () => {
    const text = xmlText(documentXml(await seedDocx));
    expect(text).toContain("西工区红山街道办事处2023年政府信息公开工作年度报告");
    for (const section of publishDocument(hongshan2023()).sections) expect(text).toContain(section.title);
    for (const layout of Object.values(TABLE_LAYOUTS)) {
      for (const cell of [...layout.header, ...layout.body].flat()) {
        if (cell.kind === "label") expect(text).toContain(cell.text);
      }
    }
  });

  it("has the three tables with the template's merged cells (gridSpan / vMerge) and the seed's figures", async () => {
    const tables = readTables(documentXml(await seedDocx));
    const expected = publishDocument(hongshan2023())
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(tables.map((t) => t.gridColumns)).toEqual([4, 10, 15]);
    tables.forEach((table, i) => {
      const want = [...expected[i].header, ...expected[i].body].map((row) =>
        row.map(({ text, colspan, rowspan }) => ({ text, colspan, rowspan })),
      );
      expect(table.rows).toEqual(want);
    });
    const t2 = tables[0].rows.flat();
    expect(t2[t2.findIndex((c) => c.text === "行政处罚") + 1].text).toBe("5");
    const received = tables[1].rows.find((row) => row[0].text.startsWith("一、"));
    expect(received?.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "2",
      "0",
      "0",
      "0",
      "0",
      "0",
      "2",
    ]);
    expect(tables[1].rows.find((row) => row[0].text === "三、本年度办理结果")?.[0].rowspan).toBe(22);
  });

  it("repeats the heading rows of tables 三 and 四 on every page", async () => {
    const xml = documentXml(await seedDocx);
    const headerRows = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(
      (m) => m[0].split("<w:tblHeader/>").length - 1,
    );
    expect(headerRows).toEqual([0, 3, 3]);
  });

  it("escapes what the user typed", async () => {
    const xml = documentXml(await reportDocx(publishFixture()));
    expect(xml).toContain("示例区&lt;测试&gt;局");
    expect(xml).not.toContain("<script>");
  });
});
