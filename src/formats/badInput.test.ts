/** The import part of reliability.md's bad-input list: each gets a clear Chinese message and no report. */
import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { importBytes, importDocument, importFile, toMarkdown } from ".";

const bytes = (text: string) => new TextEncoder().encode(text);
function refusal(result: ReturnType<typeof importBytes>): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

describe("bad files", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "文件是空的"],
    ["a file of white space", bytes(" \n\t\n"), "文件是空的"],
    ["a binary file", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "不是文本文件"],
    ["a 50 MB file", new Uint8Array(50 * 1024 * 1024), "文件太大（50.0 MB）"],
    ["invalid JSON", bytes('{"format": "xxgk-annual-report", "report": {'), "不是有效的 JSON"],
    ["JSON of another app", bytes('{"type":"excalidraw","version":2,"elements":[]}'), "不是年报编制工具导出的"],
    [
      "Markdown of another document",
      bytes("# 会议纪要\n\n| 姓名 | 部门 |\n| --- | --- |\n| 张三 | 办公室 |\n"),
      "没有在文件中找到",
    ],
  ])("refuses %s", (_, input, words) => {
    expect(refusal(importBytes(input))).toContain(words);
  });

  it.each([
    ["a damaged Word file", bytes("PK\u0003\u0004word/document.xml"), "Word"],
    ["another zip file", bytes("PK\u0005\u0006"), "压缩文件"],
    ["a damaged PDF", bytes("%PDF-1.7\n"), "PDF"],
    ["a 50 MB file", new Uint8Array(50 * 1024 * 1024), "文件太大（50.0 MB）"],
  ])("refuses %s chosen as a file", async (_, input, words) => {
    expect(refusal(await importFile(input))).toContain(words);
  });

  it("reads a report saved as GB18030 (Windows Notepad's Chinese encoding)", () => {
    const gbk =
      "cef7b9a4c7f8baecc9bdbdd6b5c0b0eccac2b4a632303233c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60ad2bba1a2d7dccce5c7e9bff60a";
    const result = importBytes(Uint8Array.from(gbk.match(/../g) ?? [], (h) => Number.parseInt(h, 16)));
    expect(result.ok && result.report.meta).toMatchObject({ organ: "西工区红山街道办事处", year: 2023 });
  });

  it.each([
    ["UTF-16LE", false],
    ["UTF-16BE", true],
  ])("reads a report Notepad saved as %s with its byte-order mark", (_, bigEndian) => {
    const le = Buffer.from(`\ufeff${toMarkdown(hongshan2023())}`, "utf16le");
    const result = importBytes(bigEndian ? le.swap16() : le);
    expect(result.ok && result.report).toEqual(hongshan2023());
  });

  it("reads UTF-8 with a byte-order mark", () => {
    const result = importBytes(bytes(`\ufeff${toMarkdown(hongshan2023())}`));
    expect(result.ok && result.report).toEqual(hongshan2023());
  });

  it("refuses pasted text that is not a report", () => {
    expect(refusal(importDocument("今天天气很好。"))).toContain("年度报告");
  });
});
