import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { type PreviewServer, preview } from "vite";
import { saveStatus } from "./drafts-helpers";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

// The deployment tests share one second server port: one after another.
test.describe.configure({ mode: "serial" });

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
  await (await toolbarButton(page, "导出 Markdown")).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "仍然导出" }).click();
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

/** The caches once the worker of `version` is active and done activating (its clean-up finished); else null. */
const cachesOnceActive = (page: Page, version: string) =>
  page.evaluate(async (cache) => {
    const registration = await navigator.serviceWorker.getRegistration();
    const names = await caches.keys();
    const settled = registration && !registration.installing && !registration.waiting;
    return settled && registration.active?.state === "activated" && names.includes(cache) ? names : null;
  }, `xxgk-annual-report-${version}`);

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
  // The next build no longer has this build's print view (its file names change with every build).
  const printView = readdirSync(join(next, "assets")).filter((f) => f.startsWith("PrintView-"));
  expect(printView.length, "dist/assets 中找不到打印预览的文件").toBeGreaterThan(0);
  let nextSw = readFileSync(sw, "utf8").replace(`"${oldVersion}"`, '"next-deploy"');
  for (const file of printView) {
    rmSync(join(next, "assets", file));
    nextSw = nextSw.replace(`"./assets/${file}",`, "");
    expect(nextSw).not.toContain(file);
  }
  writeFileSync(sw, nextSw);

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

    await server.close();
    server = await serve(next);

    const visit = await context.newPage();
    await visit.goto(draftUrl);
    await expect(visit.locator('meta[name="deployment"]')).toHaveAttribute("content", "next");
    await expect(visit.locator('textarea[name="s6.body"]')).toHaveValue("部署新版本之前写的", { timeout: 20_000 });
    // The browser checks sw.js a few seconds after the visit; the new worker installs and takes over, keeping the
    // previous version's cache for tabs still open on it.
    await expect
      .poll(() => cachesOnceActive(visit, "next-deploy"), { timeout: 30_000 })
      .toEqual([`xxgk-annual-report-${oldVersion}`, "xxgk-annual-report-next-deploy"]);
    // The tab left open on the old version prints, though the server has its print view no more.
    await page.getByRole("button", { name: "打印", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "仍然打印" }).click();
    await expect(page.getByRole("dialog", { name: "打印预览" })).toBeVisible();
    await page.close();
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

/** Once the worker controls the page at ORIGIN, with a draft typed, on the given server. */
async function visitedOnce(page: Page): Promise<string> {
  await page.goto(ORIGIN);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.locator('textarea[name="s6.body"]').fill("服务器出错之前写的");
  await expect(saveStatus(page)).toHaveText("已保存");
  return page.url();
}

test("#14: a 503 seen while online never becomes the offline copy: the app opens, online and offline", async ({
  context,
  page,
}) => {
  let server: PreviewServer | null = await serve("dist");
  let failing: Server | null = null;
  try {
    const draftUrl = await visitedOnce(page);
    await server.close();
    server = null;
    failing = createServer((_, res) => res.writeHead(503, { "Content-Type": "text/plain" }).end("Service Unavailable"));
    await new Promise<void>((resolve) => failing?.listen(PORT, "127.0.0.1", resolve));
    await page.goto(draftUrl);
    await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("服务器出错之前写的", { timeout: 20_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("服务器出错之前写的", { timeout: 20_000 });
    await context.setOffline(false);
  } finally {
    await server?.close();
    await new Promise((resolve) => (failing ? failing.close(resolve) : resolve(null)));
  }
});

test("#14: offline right after a redeploy, before the new worker installs, opens the version that was cached", async ({
  context,
  page,
}) => {
  // The next deployment's worker cannot install (its list names a file the server lacks), so it never takes over.
  const next = mkdtempSync(join(tmpdir(), "xxgk-broken-deploy-"));
  cpSync("dist", next, { recursive: true });
  const index = join(next, "index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace("<head>", '<head><meta name="deployment" content="next">'));
  for (const file of readdirSync(join(next, "assets")).filter((f) => f.startsWith("index-"))) {
    const renamed = file.replace("index-", "index-next-");
    cpSync(join(next, "assets", file), join(next, "assets", renamed));
    rmSync(join(next, "assets", file));
    writeFileSync(index, readFileSync(index, "utf8").replaceAll(file, renamed));
  }
  const sw = join(next, "sw.js");
  writeFileSync(
    sw,
    readFileSync(sw, "utf8").replace('const PRECACHE = ["./",', 'const PRECACHE = ["./", "./missing.js",'),
  );
  let server: PreviewServer = await serve("dist");
  try {
    const draftUrl = await visitedOnce(page);
    await server.close();
    server = await serve(next);
    await page.goto(draftUrl);
    await expect(page.locator('meta[name="deployment"]')).toHaveAttribute("content", "next");
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("服务器出错之前写的", { timeout: 20_000 });
    await context.setOffline(false);
  } finally {
    await server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
