/**
 * Import of a Word file (.docx). mammoth (loaded on first use: it is large and most imports are not Word files)
 * turns the document into HTML with its merged cells as colspan/rowspan; that becomes the text the published-
 * report importer reads (`htmlText.ts`), so a Word report is read by the same rules as a web page.
 */
import { htmlToText } from "./htmlText";
import { importText } from "./textImport";
import { type ImportResult, refuse } from "./types";

const UNREADABLE =
  "无法读取这个 Word 文件（可能已损坏，或是旧版 .doc 格式、加密的文件）。请在 Word 中另存为 .docx 后再导入，" +
  "或全选报告内容复制，粘贴到“粘贴报告文字”框中。";

export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  const { default: mammoth } = await import("mammoth");
  const data = bytes.slice().buffer;
  let html: string;
  try {
    // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`.
    const input = { arrayBuffer: data, buffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    html = (await mammoth.convertToHtml(input, { externalFileAccess: false })).value;
  } catch {
    return refuse(UNREADABLE);
  }
  const text = htmlToText(html);
  if (text.trim() === "")
    return refuse("这个 Word 文件里没有文字（可能只有图片），无法导入。请对照原报告新建报告填写。");
  const result = importText(text);
  return result.ok ? { ...result, read: ["文件：Word 文档（.docx）。", ...result.read] } : result;
}
