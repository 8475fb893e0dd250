/**
 * The one entry for imports: bytes of a chosen file, or text pasted from a web page. Refuses empty,
 * binary, oversized and unreadable input with a Chinese message; otherwise dispatches to the Word, PDF, JSON or
 * text importer (Word and PDF readers are loaded on first use). Nothing here touches an open report: a
 * successful import is always a new one.
 */
import { importJson } from "./json";
import { importText } from "./textImport";
import { type ImportResult, refuse } from "./types";

/** A year's report is tens of kilobytes; anything this large is not one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const EMPTY = "文件是空的，没有可导入的内容。请选择导出的 .json 或 .md 文件，或粘贴报告全文。";

const ZIP = "这是压缩文件，不是 Word 文档（.docx）或报告文字，无法导入。请选择 .docx、.json、.md 或文本文件。";

export function tooLargeMessage(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `文件太大（${mb} MB），不像是一份年度报告（通常不到 1 MB），未导入。请确认选择的文件是否正确。`;
}

function binaryMessage(bytes: Uint8Array): string | null {
  if (bytes.slice(0, 65536).includes(0)) {
    return "这不是文本文件（可能是图片或其他程序的文件），无法导入。请选择导出的 .json 或 .md 文件。";
  }
  return null;
}

/** Notepad's "Unicode" and "Unicode big endian" files start with a byte-order mark, then hold zero bytes. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-8 (with or without BOM), else GB18030 as Windows tools save Chinese text. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

export function importDocument(text: string): ImportResult {
  const trimmed = text.replace(/^\ufeff/, "").trim();
  if (trimmed === "") return refuse(EMPTY);
  if (text.length > MAX_IMPORT_BYTES) return refuse(tooLargeMessage(text.length));
  return trimmed.startsWith("{") || trimmed.startsWith("[") ? importJson(trimmed) : importText(trimmed);
}

export function importBytes(bytes: Uint8Array): ImportResult {
  if (bytes.length === 0) return refuse(EMPTY);
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(tooLargeMessage(bytes.length));
  const utf16 = utf16Encoding(bytes);
  if (utf16) return importDocument(new TextDecoder(utf16).decode(bytes));
  const binary = binaryMessage(bytes);
  if (binary) return refuse(binary);
  return importDocument(decode(bytes));
}

/** A .docx is a zip package (`PK`), a PDF starts `%PDF`: both are read by readers loaded when first needed. */
export async function importFile(bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(tooLargeMessage(bytes.length));
  const head = String.fromCharCode(...bytes.slice(0, 4));
  if (head === "PK\u0003\u0004") return (await import("./docxImport")).importDocx(bytes);
  if (head.startsWith("PK")) return refuse(ZIP);
  if (head === "%PDF") return (await import("./pdfImport")).importPdf(bytes);
  return importBytes(bytes);
}
