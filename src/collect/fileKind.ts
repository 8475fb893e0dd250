import { isSubmissionBytes } from "./submitted";

/** An Excel workbook (.xlsx is a zip: `PK`), read with the lazily loaded reader of `./xlsx`, not `importBytes`. */
export function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(fileName) && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * How a received file is read before `evaluate` (which reads text itself): an .xlsx with the Excel reader, a Word
 * file, a PDF or another zip with the import's own file reader (`importFile`, which loads its readers on first use
 * and refuses what it cannot read with a reason), a 定稿 file with its signature checked; null for other text.
 */
export function asyncReader(fileName: string, bytes: Uint8Array): "xlsx" | "document" | "submission" | null {
  if (isXlsx(fileName, bytes)) return "xlsx";
  if (isSubmissionBytes(bytes)) return "submission";
  const head = String.fromCharCode(...bytes.slice(0, 4));
  return head.startsWith("PK") || head === "%PDF" ? "document" : null;
}
