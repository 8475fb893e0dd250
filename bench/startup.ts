/** First-load cost: JavaScript the first page downloads (gzip) and the time until the editor is usable. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BenchContext, type Figure, median } from "./types";

function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)];
  return refs.map((m) => m[1]);
}

export async function startup(ctx: BenchContext): Promise<Figure[]> {
  const bytes = initialScripts(ctx.distDir).reduce(
    (n, file) => n + gzipSync(readFileSync(join(ctx.distDir, file)), { level: 9 }).length,
    0,
  );
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    // A first visit each time: a context of its own, so the app opens a new draft, not the draft list.
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    await page.goto(ctx.baseURL);
    await page.locator('output[name="t3.total.total"]').waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return [
    { name: "首屏 JS（gzip）", value: Math.round(bytes / 1024), unit: "KB", budget: 150 },
    { name: "首次打开到可编辑（中位数，5次）", value: Math.round(median(times)), unit: "ms" },
  ];
}
