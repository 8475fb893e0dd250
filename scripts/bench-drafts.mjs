/**
 * Measures the drafts budgets in the built app (run `npx vite build` first):
 *   - edit to durable save: from the last keystroke to 已保存 (the IndexedDB write committed), ≤ 1 s;
 *   - the draft list with 1,000 drafts: from asking for the list to its first render, ≤ 300 ms.
 * Usage: npm run bench:drafts   (BENCH_PORT or E2E_PORT picks the preview port, default 4303)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4303);
const BASE = `http://127.0.0.1:${PORT}`;
const EDITS = 10;
const DRAFTS = 1000;
const LIST_RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

let serverExited = false;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    // A port taken by another server would otherwise measure someone else's app.
    if (serverExited) throw new Error(`port ${PORT} is taken: set BENCH_PORT to a free port`);
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

const server = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], {
  stdio: "ignore",
});
server.on("exit", () => {
  serverExited = true;
});
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox"],
  });
  const page = await browser.newPage();
  await page.goto(BASE);
  await page.locator('textarea[name="s6.body"]').waitFor();
  const id = new URL(page.url()).searchParams.get("draft");

  // Edit → durable save, measured inside the page: last input event → status text 已保存.
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]');
    window.__saves = [];
    document.addEventListener("input", () => {
      window.__lastInput = performance.now();
    });
    new MutationObserver(() => {
      if (status.textContent === "已保存") window.__saves.push(performance.now() - window.__lastInput);
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  for (let i = 0; i < EDITS; i++) {
    await page.locator('textarea[name="s6.body"]').pressSequentially(`第${i}次`);
    await page.waitForFunction((n) => window.__saves.length > n, i);
  }
  const saves = await page.evaluate(() => window.__saves);
  const durable = await page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const open = indexedDB.open("nianbao-drafts");
        open.onsuccess = () => {
          const get = open.result.transaction("records").objectStore("records").get(key);
          get.onsuccess = () => resolve(JSON.parse(get.result).report.s6.body);
        };
      }),
    `d/${id}`,
  );

  // 1,000 drafts through the app's own restore, then the list.
  const record = JSON.parse(
    await page.evaluate(
      (key) =>
        new Promise((resolve) => {
          const open = indexedDB.open("nianbao-drafts");
          open.onsuccess = () => {
            const get = open.result.transaction("records").objectStore("records").get(key);
            get.onsuccess = () => resolve(get.result);
          };
        }),
      `d/${id}`,
    ),
  );
  const drafts = Array.from({ length: DRAFTS }, (_, i) => ({
    ...record,
    id: `bench-${i}`,
    report: { ...record.report, meta: { ...record.report.meta, organ: `测试机关${i % 50}`, year: 2015 + (i % 10) } },
  }));
  const backup = { type: "nianbao-backup", version: 1, exportedAt: new Date().toISOString(), drafts, quarantined: [] };
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  const restoreStart = Date.now();
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "bench.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByText("恢复完成").waitFor({ timeout: 300_000 });
  const restoreMs = Date.now() - restoreStart;

  const lists = [];
  const reads = [];
  const fromNavigation = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    await page.goto(BASE);
    await page.waitForFunction(() => performance.getEntriesByName("drafts:list-rendered").length > 0);
    const [requested, read, rendered] = await page.evaluate(() =>
      ["drafts:list-requested", "drafts:list-read", "drafts:list-rendered"].map(
        (name) => performance.getEntriesByName(name).at(-1).startTime,
      ),
    );
    lists.push(rendered - requested);
    reads.push(read - requested);
    fromNavigation.push(rendered);
  }
  await browser.close();

  console.log(
    `edit → 已保存 (durable), ${EDITS} edits: median ${fmt(median(saves))}, max ${fmt(Math.max(...saves))} (budget 1000 ms)`,
  );
  console.log(`  stored text after the last edit: ${JSON.stringify(durable)}`);
  console.log(
    `list of ${DRAFTS + 1} drafts, read index → rendered: median ${fmt(median(lists))}, max ${fmt(Math.max(...lists))} (budget 300 ms)`,
  );
  console.log(`  of which reading the index: median ${fmt(median(reads))}`);
  console.log(`  from navigation start: median ${fmt(median(fromNavigation))}`);
  console.log(`restore of ${DRAFTS} drafts from one backup file: ${fmt(restoreMs)}`);
  const ok = Math.max(...saves) <= 1000 && median(lists) <= 300;
  process.exitCode = ok ? 0 : 1;
} finally {
  server.kill();
}
