import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getAt, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { tablesToXlsx, XLSX_MARKER, xlsxToReport } from "./xlsx";

async function book(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("tables as .xlsx", () => {
  const report = setAt(
    setAt(setAt(hongshan2023(), "t2.fees.amount", 1.2345), "t3.received.commercial", null),
    "t3.granted.natural",
    "两",
  );

  it("reads back exactly what it wrote: figures, blanks as blanks, text as text, body and year", async () => {
    const back = await xlsxToReport(await tablesToXlsx(report));
    if (!back.ok) throw new Error(back.message);
    for (const cell of INPUT_CELLS) expect(getAt(back.report, cell.path), cell.path).toEqual(getAt(report, cell.path));
    expect(back.report.meta).toMatchObject({ organ: "西工区红山街道办事处", year: 2023, organType: "街道办事处" });
  });

  it("mirrors the official tables: merged headings, blank cells empty (not 0), keys in a hidden sheet", async () => {
    const workbook = await book(await tablesToXlsx(report));
    const t3 = workbook.getWorksheet("表三");
    const keys = workbook.getWorksheet("keys-t3");
    expect(keys?.state).toBe("hidden");
    expect(keys?.getCell("A1").value).toBe(XLSX_MARKER);
    // The heading 申请人情况 spans the seven applicant columns.
    const merges = (
      t3 as unknown as {
        _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
      }
    )._merges;
    const spans = Object.values(merges).map((m) => m.model.right - m.model.left + 1);
    expect(spans).toContain(7);
    let blank: ExcelJS.Cell | null = null;
    keys?.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === "t3.received.commercial") blank = t3?.getCell(r, c) ?? null;
      }),
    );
    expect(blank).not.toBeNull();
    expect((blank as unknown as ExcelJS.Cell).value).toBeNull();
  });

  it("reads a figure the office typed into the workbook, and refuses a workbook not of this layout", async () => {
    const workbook = await book(await tablesToXlsx(report));
    const keys = workbook.getWorksheet("keys-t2");
    keys?.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const sheet = workbook.getWorksheet("表二");
        if (sheet && cell.value === "t2.penalty.decisions") sheet.getCell(r, c).value = "１２";
      }),
    );
    const back = await xlsxToReport(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(back.ok && getAt(back.report, "t2.penalty.decisions")).toBe(12);

    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = 5;
    const refused = await xlsxToReport(new Uint8Array(await other.xlsx.writeBuffer()));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain("不是按本工具的表格导出的");
    const broken = await xlsxToReport(new TextEncoder().encode("PK not a zip"));
    expect(!broken.ok && broken.message).toContain("无法打开这个 Excel 文件");
  });
});
