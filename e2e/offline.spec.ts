import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { type PreviewServer, preview } from "vite";
import { saveStatus } from "./drafts-helpers";
import { expect, test } from "./test";

test("after one visit the app loads and works with the network off", async ({ context, page }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await page.locator('input[name="t3.received.natural"]').fill("4");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("4");
  // Code loaded on first use was precached too.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Markdown" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "导入报告" })).toBeVisible();
  await context.setOffline(false);
});

/** A second server of its own, so the test can swap the deployed files under one origin (drafts are per origin). */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const serve = (outDir: string) =>
  preview({ logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port: PORT, strictPort: true } });

/** The service worker's caches, as the page sees them. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test("a new deployment is picked up on the next visit, and the draft typed before it is still there", async ({
  context,
  page,
}) => {
  // The next deployment: this build with a marker in the page and a new service worker version.
  const next = mkdtempSync(join(tmpdir(), "xxgk-next-deploy-"));
  cpSync("dist", next, { recursive: true });
  const index = join(next, "index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace("<head>", '<head><meta name="deployment" content="next">'));
  const sw = join(next, "sw.js");
  const oldVersion = /const VERSION = "([^"]+)"/.exec(readFileSync(sw, "utf8"))?.[1];
  expect(oldVersion, "dist/sw.js 中找不到 VERSION，请先运行 npx vite build").toBeTruthy();
  writeFileSync(sw, readFileSync(sw, "utf8").replace(`"${oldVersion}"`, '"next-deploy"'));

  let server: PreviewServer = await serve("dist");
  try {
    await page.goto(ORIGIN);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.locator('textarea[name="s6.body"]').fill("部署新版本之前写的");
    await expect(saveStatus(page)).toHaveText("已保存");
    const draftUrl = page.url();
    expect(await cacheNames(page)).toEqual([`xxgk-annual-report-${oldVersion}`]);
    await page.close();

    await server.close();
    server = await serve(next);

    const visit = await context.newPage();
    await visit.goto(draftUrl);
    await expect(visit.locator('meta[name="deployment"]')).toHaveAttribute("content", "next");
    await expect(visit.locator('textarea[name="s6.body"]')).toHaveValue("部署新版本之前写的", { timeout: 20_000 });
    // The browser checks sw.js a few seconds after the visit; the new worker installs, takes over, drops the old cache.
    await expect.poll(() => cacheNames(visit), { timeout: 30_000 }).toEqual(["xxgk-annual-report-next-deploy"]);
    // Offline, the new version is what opens, with the draft.
    await context.setOffline(true);
    await visit.reload();
    await expect(visit.locator('meta[name="deployment"]')).toHaveAttribute("content", "next");
    await expect(visit.locator('textarea[name="s6.body"]')).toHaveValue("部署新版本之前写的", { timeout: 20_000 });
    await context.setOffline(false);
  } finally {
    await server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
