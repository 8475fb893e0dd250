/**
 * Web and e-mail addresses in the Markdown export stay addresses: rendered by markdown-it (with GFM's
 * autolinks) and by pandoc (`-f gfm`), each address a clerk typed is a link to exactly that address.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { setAt } from "../report";
import { ADDRESSES, EXPORT_SAMPLES } from "../testing/exportSamples";
import { hongshan2023 } from "../testing/hongshan2023";
import { importDocument } from "./importDocument";
import { toMarkdown } from "./markdownExport";

const markdownIt = new MarkdownIt({ linkify: true });
const PANDOC = "/usr/bin/pandoc";

/** The link each address must become. */
const href = (address: string) =>
  address.includes("@") ? `mailto:${address}` : address.startsWith("www.") ? `http://${address}` : address;

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
const hrefsIn = (html: string) => [...html.matchAll(/<a\s+href="([^"]*)"/g)].map((m) => decode(m[1]));

/** Addresses in the awkward places: prose, a heading, the 落款, the body's name; next to Chinese punctuation. */
const placed = () => {
  let report = EXPORT_SAMPLES.addresses();
  report = setAt(report, "s6.body", `网址：${ADDRESSES[0]}。邮箱（${ADDRESSES[4]}）\n${ADDRESSES[1]}`);
  report = setAt(report, "s1.platform.heading", `平台建设（${ADDRESSES[2]}）`);
  return setAt(report, "meta.signOff", `红山街道办事处 ${ADDRESSES[3]}\n2024年1月20日`);
};

describe("addresses in the Markdown export", () => {
  it("are written as typed, without backslashes inside them", () => {
    const markdown = toMarkdown(placed());
    for (const address of ADDRESSES) expect(markdown).toContain(address);
    expect(markdown).not.toMatch(/content\\_5382991/);
  });

  it("each become a link to the same address in markdown-it, and no other link appears", () => {
    expect(new Set(hrefsIn(markdownIt.render(toMarkdown(placed()))))).toEqual(new Set(ADDRESSES.map(href)));
  });

  it.skipIf(!existsSync(PANDOC))(
    "each become a link to the same address in pandoc -f gfm, and no other link appears",
    () => {
      const html = execFileSync(PANDOC, ["-f", "gfm", "-t", "html"], { input: toMarkdown(placed()), encoding: "utf8" });
      expect(new Set(hrefsIn(html))).toEqual(new Set(ADDRESSES.map(href)));
    },
  );

  it("are links that end where the address ends, and the text around them is still escaped", () => {
    const text = "见 http://a.cn/x|y 与 http://a.cn/?a=1&copy;=2. 与 www.a.cn/_b_ 与 *强调* 与 a_b_c";
    const markdown = toMarkdown(setAt(hongshan2023(), "s6.body", text));
    expect(markdown).toContain(
      "见 <http://a.cn/x>\\|y 与 <http://a.cn/?a=1&copy;=2>. 与 [www\\.a.cn/\\_b\\_](http://www.a.cn/_b_) 与 \\*强调\\* 与 a\\_b\\_c",
    );
    const html = markdownIt.render(markdown);
    expect(hrefsIn(html)).toEqual(["http://a.cn/x", "http://a.cn/?a=1&copy;=2", "http://www.a.cn/_b_"]);
    expect(html).not.toContain("<em>");
  });

  it("read back as typed", () => {
    const text = `${ADDRESSES.join(" ")} 与 <http://a.cn/x> 与 [www.a.cn](http://www.b.cn)`;
    const result = importDocument(toMarkdown(setAt(hongshan2023(), "s6.body", text)));
    expect(result.ok && result.report.s6.body).toBe(text);
  });
});
