/**
 * Import of a PDF with a text layer (a report printed to PDF from Word, WPS or a browser). pdf.js (loaded on
 * first use) gives each page's text items with their positions; `pdfText.ts` rebuilds lines, table rows and
 * paragraphs from them, and the published-report importer reads the result. A PDF without text (a scan) is
 * refused: its figures could only be guessed.
 */
import { type PdfItem, pdfText } from "./pdfText";
import { importText } from "./textImport";
import { type ImportResult, refuse } from "./types";

const UNREADABLE =
  "这是 PDF 文件，但已损坏或设置了打开密码，无法读取。请换一个文件，或在 PDF 阅读器中复制报告全文，粘贴到“粘贴报告文字”框中。";
const SCANNED =
  "这个 PDF 没有文字层（可能是扫描件或图片），无法读出其中的文字和数字。" +
  "请找到这份报告的 Word 文件或网页导入，或对照 PDF 新建报告逐项填写。";
/** Fewer characters than this in the whole file: a scan with a page number, not a report. */
const MIN_TEXT = 20;

/** pdf.js for this environment: in a browser its worker is a file of the app (allowed by `script-src 'self'`). */
async function loadPdfJs() {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  if (typeof window !== "undefined" && !pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = (await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs?url")).default;
  }
  return pdfjs;
}

async function readPages(bytes: Uint8Array): Promise<PdfItem[][]> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          "str" in item
            ? [
                {
                  str: item.str,
                  x: item.transform[4],
                  y: item.transform[5],
                  width: item.width,
                  size: Math.abs(item.transform[3]) || 10,
                },
              ]
            : [],
        ),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  let pages: PdfItem[][];
  try {
    pages = await readPages(bytes);
  } catch {
    return refuse(UNREADABLE);
  }
  const text = pdfText(pages);
  if (text.replace(/\s/g, "").length < MIN_TEXT) return refuse(SCANNED);
  const result = importText(text);
  return result.ok ? { ...result, read: [`文件：PDF（${pages.length}页，按文字层读取）。`, ...result.read] } : result;
}
