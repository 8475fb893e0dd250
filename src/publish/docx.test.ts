import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    // A4 portrait with the official margins.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="仿宋"');
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

// LibreOffice is the strictest of the three editors; CI installs it (libreoffice-writer-nogui, ~1 min).
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
describe.skipIf(!soffice)("LibreOffice opens the .docx (skipped: LibreOffice is not installed)", () => {
  it("converts it to a PDF that holds the title, the tables' labels and the seed's figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "publish-"));
    const docx = join(dir, "seed.docx");
    writeFileSync(docx, await seedDocx);
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
      {
        timeout: 120_000,
        stdio: "ignore",
      },
    );
    const pdf = readFileSync(join(dir, "seed.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (existsSync("/usr/bin/pdftotext")) {
      const text = execFileSync("pdftotext", ["-layout", join(dir, "seed.pdf"), "-"])
        .toString()
        .replace(/\s+/g, "");
      expect(text).toContain("西工区红山街道办事处2023年政府信息公开工作年度报告");
      expect(text).toContain("行政处罚5");
      expect(text).toContain("申请人情况");
      expect(text).toContain("复议后起诉");
    }
  }, 150_000);
});
