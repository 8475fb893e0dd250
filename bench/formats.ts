/**
 * Export and import of the seed report (红山街道 2023), the domain code run directly in Node's V8 (the same
 * engine as Chromium's): the mean of 100 runs each, after a warm-up; DOCX the mean of 10.
 */
import { readFileSync } from "node:fs";
import { importDocument, toJson, toMarkdown } from "../src/formats";
import { reportDocx } from "../src/publish/docx";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { type Figure, round1, timeEach } from "./types";

const RUNS = 100;

async function meanOf(runs: number, fn: () => unknown): Promise<number> {
  await timeEach(Math.ceil(runs / 10), fn);
  return round1(await timeEach(runs, fn));
}

function mustImport(text: string): void {
  if (!importDocument(text).ok) throw new Error("the seed no longer imports");
}

export async function formats(): Promise<Figure[]> {
  const report = hongshan2023();
  const markdown = toMarkdown(report);
  const golden = readFileSync(new URL("../e2e/fixtures/hongshan-2023.expected.md", import.meta.url), "utf8");
  if (markdown !== golden) throw new Error("the Markdown export no longer matches the golden file");
  const seed = readFileSync(new URL("../e2e/fixtures/hongshan-2023.seed.md", import.meta.url), "utf8");
  const json = toJson(report);
  return [
    {
      name: `导出 Markdown（平均，${RUNS}次）`,
      value: await meanOf(RUNS, () => toMarkdown(report)),
      unit: "ms",
      budget: 5,
    },
    {
      name: `导入 Markdown，本工具导出的（平均，${RUNS}次）`,
      value: await meanOf(RUNS, () => mustImport(markdown)),
      unit: "ms",
    },
    { name: `导入已发布年报原文（平均，${RUNS}次）`, value: await meanOf(RUNS, () => mustImport(seed)), unit: "ms" },
    { name: `导出 JSON（平均，${RUNS}次）`, value: await meanOf(RUNS, () => toJson(report)), unit: "ms" },
    { name: `导入 JSON（平均，${RUNS}次）`, value: await meanOf(RUNS, () => mustImport(json)), unit: "ms" },
    { name: "导出 Word（平均，10次）", value: await meanOf(10, () => reportDocx(report)), unit: "ms" },
  ];
}
