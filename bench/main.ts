/** Runs every measurement against the built app in Chromium, prints a table and writes bench/results.json. */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { startup } from "./startup";
import type { Figure, Measurement } from "./types";

const MEASUREMENTS: Measurement[] = [startup];
// BENCH_PORT lets several checkouts run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4499);

export async function main(): Promise<void> {
  const server = await preview({ preview: { port: PORT, strictPort: true, host: "127.0.0.1" }, logLevel: "warn" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const figures: Figure[] = [];
  try {
    for (const measure of MEASUREMENTS) {
      figures.push(
        ...(await measure({
          // Each page in its own context: a first visit with empty storage, as the measurements assume.
          newPage: async () => (await browser.newContext()).newPage(),
          baseURL: `http://127.0.0.1:${PORT}/`,
          distDir: new URL("../dist", import.meta.url).pathname,
        })),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser.version()}`;
  console.log(`\n机器：${machine}\n`);
  console.table(
    figures.map((f) => ({
      指标: f.name,
      结果: `${f.value} ${f.unit}`,
      预算: f.budget === undefined ? "" : `≤ ${f.budget} ${f.unit}`,
      达标: f.budget === undefined ? "" : f.value <= f.budget ? "是" : "否",
    })),
  );
  writeFileSync(
    new URL("./results.json", import.meta.url),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  );
  if (figures.some((f) => f.budget !== undefined && f.value > f.budget)) process.exitCode = 1;
}
