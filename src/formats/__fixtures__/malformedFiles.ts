/**
 * Several hundred malformed import files, generated from a seed so a failure can be replayed: truncations and
 * byte flips of a valid JSON export and of the Markdown golden file, a wrong type, an extra key or a missing
 * key at every JSON path, newer format versions, binary garbage, empty, huge and wrongly encoded files,
 * Markdown of other documents and of the 2019 format. Used by the unit test and, a few of them, by e2e.
 */
import { readFileSync } from "node:fs";
import { hongshan2023 } from "../../testing/hongshan2023";
import { MAX_IMPORT_BYTES } from "../importDocument";
import { toJson } from "../json";
import { seeded } from "./randomReport";

export interface MalformedFile {
  name: string;
  bytes: Uint8Array;
  /** `refuse`: must be refused. `refuseOrFlag`: refused, or read with what is missing named. `any`: either. */
  expect: "refuse" | "refuseOrFlag" | "any";
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const GOLDEN_MD = readFileSync(new URL("../../../e2e/fixtures/hongshan-2023.expected.md", import.meta.url), "utf8");
const VALID_JSON = toJson(hongshan2023(), new Date("2024-01-20T08:00:00.000Z"));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path of a JSON value, as key lists, with the value there. */
function jsonPaths(value: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const here = path.length ? [{ path, value }] : [];
  if (value === null || typeof value !== "object") return here;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...here, ...entries.flatMap(([key, child]) => jsonPaths(child, [...path, key]))];
}

/** A copy of `root` with `change` applied to the parent of `path` and its last key. */
function edited(
  root: Json,
  path: (string | number)[],
  change: (parent: Record<string | number, Json>, key: string | number) => void,
): string {
  const copy = structuredClone(root);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], copy);
  change(parent as Record<string | number, Json>, path[path.length - 1]);
  return JSON.stringify(copy, null, 2);
}

/** A value of another JSON type than `value`. */
function wrongType(value: Json): Json {
  if (typeof value === "string") return 12;
  if (typeof value === "number" || value === null) return typeof value === "number" ? "12" : { value: 1 };
  if (typeof value === "boolean") return "true";
  return Array.isArray(value) ? "[]" : [1];
}

function truncations(name: string, bytes: Uint8Array, count: number, seed: number, expect: MalformedFile["expect"]) {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, i): MalformedFile => {
    const at = 1 + Math.floor(rnd() * (bytes.length - 3));
    return { name: `${name} cut at byte ${at} (#${i})`, bytes: bytes.slice(0, at), expect };
  });
}

function byteFlips(name: string, bytes: Uint8Array, count: number, seed: number) {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, i): MalformedFile => {
    const copy = bytes.slice();
    const flips = 1 + Math.floor(rnd() * 4);
    for (let f = 0; f < flips; f++) copy[Math.floor(rnd() * copy.length)] ^= 1 << Math.floor(rnd() * 8);
    return { name: `${name} with ${flips} flipped bits (#${i})`, bytes: copy, expect: "any" };
  });
}

function jsonEdits(): MalformedFile[] {
  const valid = JSON.parse(VALID_JSON) as Json;
  const paths = jsonPaths(valid);
  const refuse = (name: string, text: string): MalformedFile => ({ name, bytes: utf8(text), expect: "refuse" });
  const typed = paths.map(({ path, value }) =>
    refuse(
      `JSON with a wrong type at ${path.join(".")}`,
      edited(valid, path, (p, k) => {
        p[k] = wrongType(value);
      }),
    ),
  );
  const objects = paths.filter(({ value }) => value !== null && typeof value === "object" && !Array.isArray(value));
  const extra = [{ path: [] as (string | number)[] }, ...objects].map(({ path }) =>
    refuse(
      `JSON with an extra key in ${path.join(".") || "the top level"}`,
      edited(valid, [...path, "额外字段"], (p, k) => {
        p[k] = 1;
      }),
    ),
  );
  // `computed` is a partial record and findings' figures are optional: only the report and top-level keys must be there.
  const required = paths.filter(({ path }) => path.length === 1 || (path[0] === "report" && path.length > 1));
  const missing = required.map(({ path }) =>
    refuse(
      `JSON without ${path.join(".")}`,
      edited(valid, path, (p, k) => {
        delete p[k];
      }),
    ),
  );
  const versions = [2, 99, 1.5, 0, -1, "1", null].map((v) =>
    refuse(
      `JSON with formatVersion ${JSON.stringify(v)}`,
      edited(valid, ["formatVersion"], (p, k) => {
        p[k] = v;
      }),
    ),
  );
  const foreign = [
    '{"type":"excalidraw","elements":[]}',
    "[]",
    "[1,2,3]",
    "{}",
    '{"format":"xxgk-annual-report"}',
    "null",
  ];
  return [...typed, ...extra, ...missing, ...versions, ...foreign.map((t) => refuse(`foreign JSON ${t}`, t))];
}

function garbage(): MalformedFile[] {
  const rnd = seeded(99);
  const random = Array.from({ length: 20 }, (_, i): MalformedFile => {
    const bytes = Uint8Array.from({ length: 16 + Math.floor(rnd() * 4096) }, () => Math.floor(rnd() * 256));
    bytes[Math.floor(rnd() * bytes.length)] = 0;
    return { name: `binary garbage (#${i})`, bytes, expect: "refuse" };
  });
  const huge = MAX_IMPORT_BYTES + 1;
  return [
    ...random,
    { name: "an empty file", bytes: new Uint8Array(0), expect: "refuse" },
    { name: "white space only", bytes: utf8(" \n\t\r\n\u3000"), expect: "refuse" },
    { name: "a byte-order mark only", bytes: utf8("\ufeff"), expect: "refuse" },
    { name: "a huge file of spaces", bytes: new Uint8Array(huge).fill(0x20), expect: "refuse" },
    {
      name: "a huge Markdown file",
      bytes: utf8(GOLDEN_MD.repeat(Math.ceil(huge / GOLDEN_MD.length))),
      expect: "refuse",
    },
    {
      name: "a PNG",
      bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
      expect: "refuse",
    },
    { name: "a Word file", bytes: utf8("PK\u0003\u0004word/document.xml"), expect: "refuse" },
    { name: "a PDF", bytes: utf8("%PDF-1.7\n%âãÏÓ\n"), expect: "refuse" },
  ];
}

function wrongEncodings(): MalformedFile[] {
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
      out[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
    }
    return out;
  };
  // UTF-8 bytes read as Latin-1 and saved again as UTF-8: what a wrong "save as" makes of Chinese text.
  const mojibake = (text: string) => utf8(new TextDecoder("latin1").decode(utf8(text)));
  return [
    { name: "the Markdown as UTF-16LE without a byte-order mark", bytes: utf16(GOLDEN_MD, false), expect: "refuse" },
    { name: "the Markdown as UTF-16BE without a byte-order mark", bytes: utf16(GOLDEN_MD, true), expect: "refuse" },
    // Pipes and digits survive mojibake: table 四 still reads, the rest is named as missing.
    { name: "the Markdown as mojibake", bytes: mojibake(GOLDEN_MD), expect: "refuseOrFlag" },
    { name: "the JSON as mojibake", bytes: mojibake(VALID_JSON), expect: "refuse" },
  ];
}

function otherDocuments(): MalformedFile[] {
  const old2019 = GOLDEN_MD.replace("| 规章 |", "| 规章 | 本年新制作数量 |").replace("行政许可", "本年新公开数量");
  const docs: [string, string][] = [
    ["meeting minutes", "# 会议纪要\n\n| 姓名 | 部门 |\n| --- | --- |\n| 张三 | 办公室 |\n"],
    ["a README", "# 项目说明\n\n安装：`npm ci`\n\n## 用法\n\n运行 `npm start`。\n"],
    ["a news article", "红山街道召开年度工作会议\n\n会议总结了一年来的工作。\n"],
    ["a CSV", "序号,名称,数量\n1,申请,2\n2,答复,2\n"],
    ["the 2019-format report", old2019],
    [
      "a 2019-format table alone",
      "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n| --- | --- | --- | --- |\n| 规章 | 0 | 0 | 0 |\n",
    ],
  ];
  return docs.map(([name, text]) => ({ name: `Markdown of ${name}`, bytes: utf8(text), expect: "refuse" }));
}

export function malformedFiles(): MalformedFile[] {
  return [
    ...truncations("the JSON export", utf8(VALID_JSON), 80, 1, "refuse"),
    ...byteFlips("the JSON export", utf8(VALID_JSON), 60, 2),
    ...truncations("the Markdown golden", utf8(GOLDEN_MD), 80, 3, "refuseOrFlag"),
    ...byteFlips("the Markdown golden", utf8(GOLDEN_MD), 60, 4),
    ...jsonEdits(),
    ...garbage(),
    ...wrongEncodings(),
    ...otherDocuments(),
  ];
}
