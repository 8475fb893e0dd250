/**
 * The drafts budgets in the built app:
 *  - edit to durable save: from the last keystroke to 已保存, which shows only once the IndexedDB write has
 *    committed (R1), ≤ 1 s;
 *  - the draft list with 1,000 drafts (put there by the app's own 从备份恢复): from asking IndexedDB for the
 *    list to its first render, ≤ 300 ms.
 */
import type { Page } from "@playwright/test";
import { buildBackup } from "../src/drafts/backup";
import { DB_NAME, STORE_NAME } from "../src/drafts/idbBackend";
import { draftKey } from "../src/drafts/keys";
import { type BenchContext, type Figure, median } from "./types";

const EDITS = 10;
const DRAFTS = 1000;
const LIST_RUNS = 5;

/** Each time the save status turns 已保存, how long after the last input event. */
async function saveTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __saves: number[]; __lastInput: number };
    w.__saves = [];
    let saved = true;
    document.addEventListener("input", () => {
      w.__lastInput = performance.now();
    });
    // The status element is looked up each time: the toolbar may render it anew.
    new MutationObserver(() => {
      const now = document.querySelector('[role="status"].save-status')?.textContent === "已保存";
      if (now && !saved) w.__saves.push(performance.now() - w.__lastInput);
      saved = now;
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
  const body = page.locator('textarea[name="s6.body"]');
  for (let i = 0; i < EDITS; i++) {
    await body.pressSequentially(`第${i}次`);
    await page.waitForFunction((n) => (window as unknown as { __saves: number[] }).__saves.length > n, i);
  }
  return page.evaluate(() => (window as unknown as { __saves: number[] }).__saves);
}

/** The stored record of one draft, read straight from IndexedDB. */
function storedRecord(page: Page, key: string): Promise<string> {
  return page.evaluate(
    ([db, store, k]) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(k);
          get.onsuccess = () => resolve(get.result);
        };
      }),
    [DB_NAME, STORE_NAME, key],
  );
}

export async function drafts(ctx: BenchContext): Promise<Figure[]> {
  const page = await ctx.newPage();
  await page.goto(ctx.baseURL);
  await page.locator('textarea[name="s6.body"]').waitFor();
  const id = new URL(page.url()).searchParams.get("draft");
  if (!id) throw new Error("the app opened no draft");
  const saves = await saveTimes(page);
  const record = JSON.parse(await storedRecord(page, draftKey(id)));
  if (!String(record.report.s6.body).endsWith(`第${EDITS - 1}次`)) throw new Error("the last edit was not stored");

  const many = Array.from({ length: DRAFTS }, (_, i) => ({
    ...record,
    id: `bench-${i}`,
    report: { ...record.report, meta: { ...record.report.meta, organ: `测试机关${i % 50}`, year: 2015 + (i % 10) } },
  }));
  const backup = buildBackup(
    many.map((d) => [draftKey(d.id), d]),
    [],
    new Date().toISOString(),
  );
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  const restoreStart = Date.now();
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "bench.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByText("恢复完成").waitFor({ timeout: 300_000 });
  const restoreMs = Date.now() - restoreStart;

  const lists: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    await page.goto(ctx.baseURL);
    await page.waitForFunction(() => performance.getEntriesByName("drafts:list-rendered").length > 0);
    lists.push(
      await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
        return at("drafts:list-rendered") - at("drafts:list-requested");
      }),
    );
  }
  await page.close();
  return [
    { name: `编辑到已保存（最慢，${EDITS}次）`, value: Math.round(Math.max(...saves)), unit: "ms", budget: 1000 },
    { name: `编辑到已保存（中位数，${EDITS}次）`, value: Math.round(median(saves)), unit: "ms" },
    {
      name: `草稿列表 ${DRAFTS + 1} 份（中位数，${LIST_RUNS}次）`,
      value: Math.round(median(lists)),
      unit: "ms",
      budget: 300,
    },
    { name: `从备份恢复 ${DRAFTS} 份草稿`, value: restoreMs, unit: "ms" },
  ];
}
