/**
 * Reads a PDF with poppler's pdftotext and pdfinfo, for the tests that check the printed house style: the text
 * of each page as laid out, every word with its position (points from the page's top left), and the metadata.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const hasPoppler = ["/usr/bin/pdftotext", "/usr/bin/pdfinfo"].every(existsSync);

export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  /** `pdftotext -layout` of the page. */
  text: string;
  words: PdfWord[];
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e]);

export function readPdf(file: string): { info: Record<string, string>; pages: PdfPage[] } {
  const info: Record<string, string> = {};
  for (const line of execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" }).split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]] = m[2];
  }
  const texts = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
  const bbox = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const pages = [...bbox.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map(([, page], i) => ({
    text: texts[i] ?? "",
    words: [
      ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescapeXml(m[5]) })),
  }));
  return { info, pages };
}

/** The page number `— n —` of a page: its words and the number, or undefined when the page has none. */
export function pageNumber(page: PdfPage): { number: number; xMin: number; xMax: number; yMid: number } | undefined {
  const words = page.words;
  for (let i = 0; i < words.length; i++) {
    const joined = words
      .slice(i, i + 3)
      .map((w) => w.text)
      .join("");
    const m = /^—(\d+)—$/.exec(joined) ?? /^—(\d+)—$/.exec(words[i].text);
    if (m) {
      const parts = /^—(\d+)—$/.test(words[i].text) ? [words[i]] : words.slice(i, i + 3);
      return {
        number: Number(m[1]),
        xMin: parts[0].xMin,
        xMax: parts[parts.length - 1].xMax,
        yMid: (parts[0].yMin + parts[0].yMax) / 2,
      };
    }
  }
  return undefined;
}

/**
 * Lines of body text (Chinese characters and full-width punctuation only), spaces between characters removed.
 * Quotation marks “” are left out: fonts set them half or full width.
 */
export function chineseLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, ""))
    .filter((line) => line.length > 0 && /^[\u4e00-\u9fff，。、；：（）！？]+$/.test(line));
}
