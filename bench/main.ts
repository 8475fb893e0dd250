/** Runs every measurement against the built app in Chromium, prints a table and writes bench/results.json. */
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { collectAtScale } from "./collect";
import { drafts } from "./drafts";
import { formats } from "./formats";
import { keystroke, keystrokeThrottled, keystrokeWithComments } from "./keystroke";
import { scaling } from "./scaling";
import { startup } from "./startup";
import type { Figure, Measurement } from "./types";

const MEASUREMENTS: Measurement[] = [
  startup,
  keystroke,
  keystrokeThrottled,
  keystrokeWithComments,
  drafts,
  formats,
  scaling,
  collectAtScale,
];
const PORT = Number(process.env.BENCH_PORT ?? 4499);

/** `only`: names of measurements to run (`node bench/run.mjs collectAtScale`); then results.json is left as it is. */
export async function main(only: readonly string[] = []): Promise<void> {
  const chosen = only.length === 0 ? MEASUREMENTS : MEASUREMENTS.filter((m) => only.includes(m.name));
  if (chosen.length < only.length) throw new Error(`没有这些测量：${only.join("、")}`);
  const server = await preview({ preview: { port: PORT, strictPort: true, host: "127.0.0.1" }, logLevel: "warn" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const figures: Figure[] = [];
  try {
    for (const measure of chosen) {
      // A context of its own for each: no drafts or caches carried from one measurement to the next.
      const context = await browser.newContext();
      figures.push(
        ...(await measure({
          browser,
          newPage: () => context.newPage(),
          baseURL: `http://127.0.0.1:${PORT}/`,
          distDir: new URL("../dist", import.meta.url).pathname,
        })),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  console.log(`\n机器：${machine}；负载（1/5/15 分钟）：${load}\n`);
  console.table(
    figures.map((f) => ({
      指标: f.name,
      结果: `${f.value} ${f.unit}`,
      预算: f.budget === undefined ? "" : `≤ ${f.budget} ${f.unit}`,
      达标: f.budget === undefined ? "" : f.value <= f.budget ? "是" : "否",
    })),
  );
  if (only.length === 0)
    writeFileSync(
      new URL("./results.json", import.meta.url),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, load, figures }, null, 2)}\n`,
    );
  const missed = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
  console.log(missed.length === 0 ? "全部预算达标。" : `未达标：${missed.map((f) => f.name).join("、")}`);
  if (missed.length > 0) process.exitCode = 1;
}
