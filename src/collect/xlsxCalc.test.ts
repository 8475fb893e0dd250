/**
 * The Excel export opened by LibreOffice Calc (headless), which re-saves it as .xlsx: the official merged cells are
 * still there in the file Calc wrote, and that file reads back through our reader exactly as the report was.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAt, setAt } from "../report";
import { INPUT_CELLS } from "../template";
import { hongshan2023 } from "../testing/hongshan2023";
import { tablesToXlsx, xlsxToReport } from "./xlsx";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
const calc = existsSync("/usr/lib/libreoffice/program/libsclo.so");

const report = setAt(
  setAt(setAt(hongshan2023(), "t2.fees.amount", 1.2345), "t3.received.commercial", null),
  "t3.granted.natural",
  "两",
);

const dir = mkdtempSync(join(tmpdir(), "collect-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Merge = { top: number; left: number; bottom: number; right: number };

/** Every merged range of every visible table sheet, as `表三!B2:H2`-like strings. */
async function merges(bytes: Uint8Array): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets
    .filter((sheet) => sheet.state === "visible")
    .flatMap((sheet) =>
      Object.values((sheet as unknown as { _merges: Record<string, { model: Merge }> })._merges).map(
        ({ model: m }) => `${sheet.name}!${m.top},${m.left}:${m.bottom},${m.right}`,
      ),
    )
    .sort();
}

describe.skipIf(!soffice || !calc)("LibreOffice Calc opens the Excel export (skipped: Calc missing)", () => {
  let written: Uint8Array;
  let resaved: Uint8Array;
  beforeAll(async () => {
    written = await tablesToXlsx(report);
    writeFileSync(join(dir, "tables.xlsx"), written);
    const out = join(dir, "calc");
    mkdirSync(out);
    // One Calc start, with a profile of its own; it opens our file and writes its own .xlsx of it.
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        out,
        join(dir, "tables.xlsx"),
      ],
      { timeout: 60_000, stdio: "ignore" },
    );
    resaved = new Uint8Array(readFileSync(join(out, "tables.xlsx")));
  }, 70_000);

  it("keeps the official merged cells: 申请人情况 over seven columns, the 22-row 本年度办理结果 label", async () => {
    const before = await merges(written);
    const after = await merges(resaved);
    expect(after.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
    const spans = after
      .filter((m) => m.startsWith("表三!"))
      .map((m) => m.split("!")[1].split(/[,:]/).map(Number))
      .map(([top, left, bottom, right]) => ({ rows: bottom - top + 1, cols: right - left + 1 }));
    expect(spans).toContainEqual({ rows: 1, cols: 7 });
    expect(spans).toContainEqual({ rows: 22, cols: 1 });
  });

  it("re-imports the workbook Calc saved exactly: figures, blanks as blanks, text as text, body and year", async () => {
    const back = await xlsxToReport(resaved);
    if (!back.ok) throw new Error(back.message);
    for (const cell of INPUT_CELLS) expect(getAt(back.report, cell.path), cell.path).toEqual(getAt(report, cell.path));
    expect(back.report.meta).toMatchObject({ organ: "西工区红山街道办事处", year: 2023, organType: "街道办事处" });
  });
});
