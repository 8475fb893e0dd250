/**
 * Review comments as Word 批注: anchored where they belong (wordComments), written as w:comment with its range and
 * reference (docx.ts), and read back by programs nobody here wrote: LibreOffice (one conversion to .fodt, where a
 * comment is an office:annotation inside the paragraph it is about) and pandoc (--track-changes=all).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Author } from "../review/entry";
import type { CommentTarget } from "../review/model";
import type { ThreadComment } from "../review/thread";
import { hongshan2023 } from "../testing/hongshan2023";
import { reportDocx } from "./docx";
import { publishDocument } from "./model";
import { documentXml, xmlText } from "./testing/docxTables";
import { blockAnchor, cellAnchor, fieldAnchor, headingAnchor, TITLE_ANCHOR, wordComments } from "./wordComments";

const clerk = { name: "西工区红山街道办事处", key: "A".repeat(87) };
const reviewer = { name: "李审阅", key: "B".repeat(87) };

function comment(id: string, target: CommentTarget, text: string, more: Partial<ThreadComment> = {}): ThreadComment {
  return {
    id,
    author: reviewer,
    at: "2024-01-10T08:00:00.000Z",
    text,
    edited: false,
    legacy: false,
    target,
    resolved: false,
    resolvedBy: null,
    deleted: false,
    replies: [],
    ...more,
  };
}

const report = hongshan2023();
const doc = publishDocument(report);
const FINDING = { cells: ["t3.received.natural"], message: "表三收到申请数与办理结果不符" };
const finding = (fp: string) => (fp === "fp-1" ? FINDING : undefined);
const signed = (author: Author) => `${author.name}（${author.key.slice(0, 4)}）`;

const COMMENTS: ThreadComment[] = [
  comment("c1", { kind: "field", path: "s1.proactive.body" }, "请补充主动公开的条数。", {
    replies: [
      { id: "r1", author: clerk, at: "2024-01-11T08:00:00.000Z", text: "已补充。", edited: false, legacy: false },
    ],
  }),
  comment("c2", { kind: "field", path: "t3.received.natural" }, "自然人申请数请核对。"),
  comment("c3", { kind: "section", section: "s6" }, "本章节写得过于简略。", { resolved: true, resolvedBy: clerk }),
  comment("c4", { kind: "finding", fingerprint: "fp-1", checkId: "t3-balance" }, "请说明原因。"),
  comment("c5", { kind: "finding", fingerprint: "gone", checkId: "x" }, "此前的问题。"),
];

describe("wordComments: where each comment goes", () => {
  it("anchors a field at its first paragraph, a cell at its cell, a section at its heading, others at the title", () => {
    const s1 = doc.sections.findIndex((s) => s.key === "s1");
    expect(fieldAnchor(doc, "s1.proactive.body")).toBe(blockAnchor(s1, 1));
    expect(fieldAnchor(doc, "s1.proactive.heading")).toBe(blockAnchor(s1, 0));
    expect(fieldAnchor(doc, "t3.received.natural")).toBe(cellAnchor("t3.received.natural"));
    expect(fieldAnchor(doc, "meta.organ")).toBe(TITLE_ANCHOR);
    expect(fieldAnchor(doc, "meta.publishDate")).toBe(TITLE_ANCHOR);
  });

  it("anchors an empty field at its sub-item heading, or at its section heading when it has none", () => {
    const empty = hongshan2023();
    empty.s1.proactive.body = "";
    empty.s6.body = "";
    const d = publishDocument(empty);
    const s1 = d.sections.findIndex((s) => s.key === "s1");
    const s6 = d.sections.findIndex((s) => s.key === "s6");
    expect(fieldAnchor(d, "s1.proactive.body")).toBe(blockAnchor(s1, 0));
    expect(fieldAnchor(d, "s6.body")).toBe(headingAnchor(s6));
  });

  it("threads replies under their comment, marks resolved ones and names the finding a comment is about", () => {
    const anchored = wordComments(doc, COMMENTS, finding, signed);
    const all = [...anchored.values()].flat();
    expect(all.map((c) => c.id).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const reply = all.find((c) => c.text === "已补充。");
    expect(reply?.parentId).toBe(all.find((c) => c.text === "请补充主动公开的条数。")?.id);
    expect(reply?.author).toContain("西工区红山街道办事处（");
    expect(all.find((c) => c.text.includes("过于简略"))).toMatchObject({
      resolved: true,
      text: "【已解决】本章节写得过于简略。",
    });
    expect(anchored.get(cellAnchor("t3.received.natural"))?.map((c) => c.text)).toEqual([
      "自然人申请数请核对。",
      "关于检查结果“表三收到申请数与办理结果不符”：请说明原因。",
    ]);
    expect(anchored.get(TITLE_ANCHOR)?.[0].text).toBe("关于一条现已不存在的检查结果：此前的问题。");
  });
});

const dir = mkdtempSync(join(tmpdir(), "word-comments-"));
const file = join(dir, "commented.docx");
let commented: Uint8Array;
beforeAll(async () => {
  commented = await reportDocx(report, undefined, { comments: COMMENTS, finding, signed });
  writeFileSync(file, commented);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reportDocx with review comments", () => {
  it("without them writes the same package as before: no comments part, the same document", async () => {
    const parts = (bytes: Uint8Array) => {
      const files = unzipSync(bytes);
      delete files["docProps/core.xml"];
      return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
    };
    const plain = parts(await reportDocx(report));
    expect(parts(await reportDocx(report, undefined, { comments: [], finding, signed }))).toEqual(plain);
    expect(Object.keys(plain).some((k) => k.includes("comments"))).toBe(false);
    expect(plain["word/document.xml"]).not.toContain("commentRangeStart");
  });

  it("puts each comment's range and reference inside the paragraph it is about", () => {
    const xml = documentXml(commented);
    const paragraphs = xml.split("</w:p>");
    const holding = (id: number) => paragraphs.find((p) => p.includes(`<w:commentRangeStart w:id="${id}"/>`)) ?? "";
    const proactive = holding(0);
    expect(xmlText(`${proactive}</w:p>`)).toBe(
      doc.sections[0].blocks[1].kind === "paragraph" ? doc.sections[0].blocks[1].text : "",
    );
    expect(proactive).toContain('<w:commentRangeEnd w:id="0"/>');
    expect(proactive).toContain('<w:commentReference w:id="0"/>');
    expect(proactive).toContain('<w:commentReference w:id="1"/>');
    expect(xmlText(`${holding(3)}</w:p>`)).toBe("六、其他需要报告的事项");
    const comments = strFromU8(unzipSync(commented)["word/comments.xml"]);
    expect(comments).toContain("请补充主动公开的条数。");
    expect(comments).toContain('w:author="李审阅（');
  });
});

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
const pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].find(existsSync);

describe.skipIf(!soffice)("LibreOffice opens the .docx with its comments (skipped: LibreOffice missing)", () => {
  let fodt = "";
  beforeAll(() => {
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "fodt", "--outdir", dir, file],
      { timeout: 150_000, stdio: "ignore" },
    );
    fodt = readFileSync(join(dir, "commented.fodt"), "utf8");
  }, 160_000);

  const bare = (xml: string) =>
    xml
      .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&quot;/g, '"');
  /** Each annotation's own text, and the text of the range it marks (from it to its annotation-end). */
  const annotated = () =>
    [...fodt.matchAll(/<office:annotation office:name="([^"]+)"([^>]*)>([\s\S]*?)<\/office:annotation>/g)].map((m) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = fodt.indexOf(`<office:annotation-end office:name="${m[1]}"/>`, from);
      return {
        resolved: m[2].includes('loext:resolved="true"'),
        note: bare(m[3].replace(/<(dc:creator|dc:date|meta:creator-initials)>[\s\S]*?<\/\1>/g, "")).trim(),
        text: to < 0 ? null : bare(fodt.slice(from, to)),
      };
    });

  it("keeps every comment and reply, at the paragraph, cell or heading it is about, resolved ones resolved", () => {
    const found = annotated();
    expect(found).toHaveLength(COMMENTS.length + 1);
    const at = (note: string) => found.find((a) => a.note === note)?.text;
    const proactive = doc.sections[0].blocks[1];
    expect(at("请补充主动公开的条数。")).toBe(proactive.kind === "paragraph" ? proactive.text : "");
    expect(at("已补充。")).toBe(at("请补充主动公开的条数。"));
    const natural = doc.sections[2].blocks[0].kind === "table" ? doc.sections[2].blocks[0].table : null;
    const cell = natural?.body.flat().find((c) => c.path === "t3.received.natural")?.text;
    expect(at("自然人申请数请核对。")).toBe(cell);
    expect(at("关于检查结果“表三收到申请数与办理结果不符”：请说明原因。")).toBe(cell);
    expect(at("关于一条现已不存在的检查结果：此前的问题。")).toBe(doc.titleLines.join(""));
    expect(at("【已解决】本章节写得过于简略。")).toBe("六、其他需要报告的事项");
    expect(found.filter((a) => a.resolved).map((a) => a.note)).toEqual(["【已解决】本章节写得过于简略。"]);
    expect(fodt).toContain("<dc:creator>李审阅（");
  });
});

describe.skipIf(!pandoc)("pandoc reads the comments (skipped: pandoc is not installed)", () => {
  it("finds every comment and reply with its author (the title's in the metadata)", () => {
    const md = execFileSync(
      pandoc as string,
      ["-f", "docx", "-t", "markdown", "-s", "--wrap=none", "--track-changes=all", file],
      {
        encoding: "utf8",
      },
    );
    const authors = [...md.matchAll(/\{\.comment-start [^}]*author="([^"]*)"/g)].map((m) => m[1]);
    expect(authors).toHaveLength(6);
    const flat = md.replace(/\s+/g, "");
    for (const text of [
      "请补充主动公开的条数。",
      "已补充。",
      "自然人申请数请核对。",
      "【已解决】本章节写得过于简略。",
      "此前的问题。",
    ]) {
      expect(flat).toContain(text);
    }
  });
});
