import { describe, expect, it } from "vitest";
import { importBytes, importFile, toJson, toMarkdown } from "../formats";
import { type Report, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { hongshan2022 } from "../testing/otherReports";
import type { ReceivedFile } from "./collection";
import { evaluate, type FileReader } from "./evaluate";
import { asyncReader, isXlsx } from "./fileKind";
import { FileMemo, fileKey } from "./fileMemo";
import { parseRoster } from "./roster";
import { similarity } from "./similarity";
import { statusRows, unitTexts } from "./status";

const bytes = (text: string) => new TextEncoder().encode(text);
let n = 0;
function file(fileName: string, content: Uint8Array, receivedAt = "2024-02-01T08:00:00.000Z"): ReceivedFile {
  n += 1;
  return { id: `f${n}`, fileName, receivedAt, assignedUnit: null, bytes: content };
}
const named = (organ: string, report: Report = hongshan2023()): Report => ({
  ...report,
  meta: { ...report.meta, organ },
});

const roster = parseRoster("西工区红山街道办事处\n西工区邙山街道办事处\n西工区教育局");
const collection = { year: 2023, roster };

describe("evaluate", () => {
  it("matches JSON and Markdown files to their units and leaves a unit without a file without one", () => {
    const result = evaluate(collection, [
      file("a.json", bytes(toJson(hongshan2023()))),
      file("b.md", bytes(toMarkdown(named("西工区邙山街道办事处")))),
    ]);
    expect(result.entries.map((e) => [e.unit.name, e.current?.file.fileName ?? null])).toEqual([
      ["西工区红山街道办事处", "a.json"],
      ["西工区邙山街道办事处", "b.md"],
      ["西工区教育局", null],
    ]);
    expect(result.setAside).toEqual([]);
    expect(result.entries[0].balance).toEqual({ kind: "balanced" });
  });

  it("lists a file it cannot read with the reason in Chinese, never drops it", async () => {
    const pdf = file("报告.pdf", bytes("%PDF-1.7 ..."));
    expect(asyncReader(pdf.fileName, pdf.bytes)).toBe("document");
    const result = evaluate(collection, [pdf], new Map([[pdf.id, await importFile(pdf.bytes)]]));
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0].file.fileName).toBe("报告.pdf");
    expect(result.setAside[0].reason).toMatch(/^无法读取：这是 PDF 文件/);
  });

  it("sets aside a report naming no roster unit until it is assigned by hand", () => {
    const stray = file("x.json", bytes(toJson(named("道南街道办事处"))));
    const before = evaluate(collection, [stray]);
    expect(before.setAside[0].reason).toContain("道南街道办事处");
    expect(before.setAside[0].report).not.toBeNull();
    const after = evaluate(collection, [{ ...stray, assignedUnit: "西工区教育局" }]);
    expect(after.setAside).toEqual([]);
    expect(after.entries[2].current?.by).toBe("hand");
  });

  it("takes the year before as last year's report, a later file over an earlier one, and sets aside other years", () => {
    const result = evaluate(collection, [
      file("old.json", bytes(toJson(hongshan2022()))),
      file("first.json", bytes(toJson(hongshan2023())), "2024-01-01T00:00:00.000Z"),
      file("second.json", bytes(toJson(hongshan2023())), "2024-01-05T00:00:00.000Z"),
      file("2019.json", bytes(toJson({ ...hongshan2023(), meta: { ...hongshan2023().meta, year: 2019 } }))),
    ]);
    const entry = result.entries[0];
    expect(entry.lastYear?.file.fileName).toBe("old.json");
    expect(entry.current?.file.fileName).toBe("second.json");
    expect(result.setAside.map((s) => s.file.fileName).sort()).toEqual(["2019.json", "first.json"]);
    // Last year's report feeds the cross-year checks: the seed copies 2022's text.
    expect(entry.findings.some((f) => f.id === "copied-text")).toBe(true);
  });

  it("says by how much an unbalanced report is off, column by column", () => {
    const off = setAt(hongshan2023(), "t3.received.natural", 99);
    const result = evaluate(collection, [file("a.json", bytes(toJson(off)))]);
    expect(result.entries[0].balance).toEqual({ kind: "off", text: "自然人列相差97；总计列相差97" });
    expect(result.entries[0].errors).toBeGreaterThan(0);
  });
});

describe("statusRows", () => {
  it("lists every roster unit, a unit without a file as not received, with similarity to others and last year", () => {
    const result = evaluate(collection, [
      file("a.json", bytes(toJson(hongshan2023()))),
      file("b.json", bytes(toJson(named("西工区邙山街道办事处")))),
      file("old.json", bytes(toJson(hongshan2022()))),
    ]);
    const rows = statusRows(result, similarity(unitTexts(result)));
    expect(rows.map((r) => [r.unit, r.received])).toEqual([
      ["西工区红山街道办事处", true],
      ["西工区邙山街道办事处", true],
      ["西工区教育局", false],
    ]);
    expect(rows[0].closest).toEqual({ other: "西工区邙山街道办事处", score: 1 });
    expect(rows[0].lastYear).toBeGreaterThan(0.8);
    expect(rows[1].lastYear).toBeNull();
    expect(rows[2]).toMatchObject({ errors: null, balance: null, closest: null, organType: "县级以上人民政府部门" });
  });
});

describe("evaluating again after a change", () => {
  /** A memoised reader, as the workspace uses, that counts the files it really reads. */
  function countingReader() {
    const memo = new FileMemo<ReturnType<FileReader>>();
    const imported: string[] = [];
    const read: FileReader = (f) =>
      memo.get(fileKey(f), () => {
        imported.push(f.fileName);
        return importBytes(f.bytes);
      });
    return { read, imported };
  }

  it("reads only the file added, and gives the same checks for the others", () => {
    const { read, imported } = countingReader();
    const a = file("a.json", bytes(toJson(hongshan2023())));
    const b = file("b.json", bytes(toJson(named("西工区邙山街道办事处"))));
    const first = evaluate(collection, [a], new Map(), read);
    // The bytes come back as a new array each time the collection is opened.
    const again = evaluate(collection, [{ ...a, bytes: a.bytes.slice() }, b], new Map(), read);
    expect(imported).toEqual(["a.json", "b.json"]);
    expect(again.entries[0].findings).toBe(first.entries[0].findings);
    expect(again.entries[1].current?.file.fileName).toBe("b.json");
  });

  it("reads a file again when its bytes differ under the same id, and checks it again", () => {
    const { read, imported } = countingReader();
    const a = file("a.json", bytes(toJson(hongshan2023())));
    const first = evaluate(collection, [a], new Map(), read);
    const changed = { ...a, bytes: bytes(toJson(setAt(hongshan2023(), "t3.received.natural", 99))) };
    const second = evaluate(collection, [changed], new Map(), read);
    expect(imported).toEqual(["a.json", "a.json"]);
    expect(first.entries[0].balance).toEqual({ kind: "balanced" });
    expect(second.entries[0].balance.kind).toBe("off");
  });

  it("checks a unit again when its last year's report arrives", () => {
    const { read } = countingReader();
    const now = file("a.json", bytes(toJson(hongshan2023())));
    const before = evaluate(collection, [now], new Map(), read);
    const after = evaluate(collection, [now, file("old.json", bytes(toJson(hongshan2022())))], new Map(), read);
    expect(before.entries[0].findings.some((f) => f.id === "copied-text")).toBe(false);
    expect(after.entries[0].findings.some((f) => f.id === "copied-text")).toBe(true);
  });
});

describe("files read before evaluating (.xlsx)", () => {
  it("takes a pre-read result for its file and reads every other file itself", () => {
    const sheet = file("红山.xlsx", new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(asyncReader(sheet.fileName, sheet.bytes)).toBe("xlsx");
    expect(asyncReader("红山.md", bytes("# 红山"))).toBeNull();
    const read = { ok: true as const, report: hongshan2023(), context: {}, read: [], notRead: [] };
    const withIt = evaluate(collection, [sheet], new Map([[sheet.id, read]]));
    expect(withIt.entries[0].current?.file.fileName).toBe("红山.xlsx");
  });

  it("knows an .xlsx by its name and its zip signature", () => {
    expect(isXlsx("表格.XLSX", new Uint8Array([0x50, 0x4b]))).toBe(true);
    expect(isXlsx("表格.xlsx", bytes("not a zip"))).toBe(false);
    expect(isXlsx("报告.docx", new Uint8Array([0x50, 0x4b]))).toBe(false);
  });
});
