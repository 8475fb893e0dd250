/**
 * 汇总 at the scale of issue #19: 500 generated unit reports (own figures and texts, every 10th unbalanced, every
 * 25th a copy of the one before) added at once to a collection of the built app, then the office's actions on it.
 * Page figures, measured in Chromium on the production build.
 */
import type { Page } from "@playwright/test";
import { toJson, toMarkdown } from "../src/formats";
import { setAt } from "../src/report";
import { unitReports } from "../src/testing/unitReports";
import { type BenchContext, type Figure, median } from "./types";

const UNITS = 500;
const YEAR = 2023;

/** The reports as a clerk's files: most our JSON, every 5th Markdown. */
function unitFiles() {
  return unitReports(UNITS, { year: YEAR }).map((u, i) => ({
    name: `${u.unit}${YEAR}年度报告.${i % 5 === 4 ? "md" : "json"}`,
    mimeType: i % 5 === 4 ? "text/markdown" : "application/json",
    buffer: Buffer.from(i % 5 === 4 ? toMarkdown(u.report) : toJson(u.report)),
  }));
}

/**
 * Notes when the file input hands its files to the app (Playwright's own transfer of 500 files to the browser is
 * not the app's time); read back with `changedAt`.
 */
function noteChange(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.addEventListener(
      "change",
      () => document.documentElement.setAttribute("data-bench-changed", String(performance.now())),
      { capture: true, once: true },
    );
  });
}

/** Milliseconds from the noted change to now, in the page. */
const sinceChange = (page: Page) =>
  page.evaluate(() => performance.now() - Number(document.documentElement.getAttribute("data-bench-changed")));

/**
 * Waits each frame until the status table counts `count` units as 已报送 and every row drawn says so (beyond 100
 * rows only those scrolled to are drawn).
 */
function untilAllReceived(page: Page, count: number) {
  return page.waitForFunction(
    (n) => {
      const cells = [...document.querySelectorAll('table[aria-label="各单位报送情况"] td[data-column="state"]')];
      return (
        document.querySelector(".collect-count")?.textContent?.includes(`（共${n}个，已报送${n}个）`) &&
        cells.length > 0 &&
        cells.every((td) => td.textContent === "已报送")
      );
    },
    count,
    { polling: "raf", timeout: 120_000 },
  );
}

/** Waits each frame until `unit`'s row shows its figures off balance. */
function untilUnbalanced(page: Page, unit: string) {
  return page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('table[aria-label="各单位报送情况"] tbody tr')].some(
        (tr) =>
          tr.querySelector("th")?.textContent === name &&
          tr.querySelector('td[data-column="balance"]')?.textContent?.includes("相差"),
      ),
    unit,
    { polling: "raf", timeout: 120_000 },
  );
}

/** In the page: ticks or unticks `unit` for 合计, until the sums say `count` units, painted. */
function timeResum(page: Page, unit: string, count: number): Promise<number> {
  return page.evaluate(
    ({ unit, count }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLInputElement>(`input[aria-label="合计时计入${unit}"]`)?.click();
        const check = () => {
          if (!document.getElementById("collect-sums")?.textContent?.includes(`（${count}个单位）`))
            return void requestAnimationFrame(check);
          setTimeout(() => resolve(performance.now() - start), 0);
        };
        requestAnimationFrame(check);
      }),
    { unit, count },
  );
}

/** In the page: clicks the 错误 header, until it says it is sorted `order` (null: not sorted), painted. */
function timeSort(page: Page, order: string | null): Promise<number> {
  return page.evaluate(
    (order) =>
      new Promise<number>((resolve) => {
        const header = () => [...document.querySelectorAll("th")].find((th) => th.textContent?.startsWith("错误"));
        const start = performance.now();
        header()?.querySelector("button")?.click();
        const check = () => {
          if (header()?.getAttribute("aria-sort") !== order) return void requestAnimationFrame(check);
          setTimeout(() => resolve(performance.now() - start), 0);
        };
        requestAnimationFrame(check);
      }),
    order,
  );
}

/** In the page: opens 已计入的文件, until its table is painted. */
function timeOpenCounted(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLElement>(".collect-counted summary")?.click();
        const check = () => {
          if (!document.querySelector('table[aria-label="已计入的文件"]')) return void requestAnimationFrame(check);
          setTimeout(() => resolve(performance.now() - start), 0);
        };
        requestAnimationFrame(check);
      }),
  );
}

async function openCollection(page: Page, baseURL: string): Promise<void> {
  await page.goto(baseURL);
  await page.getByRole("button", { name: "返回草稿列表" }).first().click();
  await page.getByRole("button", { name: "汇总各单位报告" }).click();
  await page.getByLabel("汇总名称").fill("西工区2023年度汇总");
  await page.getByLabel("报告年度").fill(String(YEAR));
  await page.getByRole("button", { name: "新建汇总" }).click();
  const names = unitReports(UNITS).map((u) => u.unit);
  await page.getByRole("textbox", { name: /单位名单/ }).fill(names.join("\n"));
  await page.getByRole("button", { name: "保存名单" }).click();
  await page.getByText(`显示${UNITS}个单位（共${UNITS}个，已报送0个）`).waitFor({ timeout: 60_000 });
}

export async function collectAtScale(ctx: BenchContext): Promise<Figure[]> {
  const page = await ctx.newPage();
  await openCollection(page, ctx.baseURL);
  const files = unitFiles();

  const input = page.getByLabel("选择各单位的报告文件");
  await noteChange(page);
  await input.setInputFiles(files);
  await untilAllReceived(page, UNITS);
  const added = Math.round(await sinceChange(page));

  // The worker started when the texts were known; its run as the page measured it, the last (and only) one.
  await page.getByRole("table", { name: "相似的单位" }).waitFor({ timeout: 120_000 });
  const similarity = await page.evaluate(() => performance.getEntriesByName("汇总文字相似度").at(-1)?.duration ?? -1);

  // Unticking a unit and ticking it again: the sums over 499, then 500 units.
  const [first] = unitReports(1, { year: YEAR });
  const resums: number[] = [];
  for (let i = 0; i < 6; i++) resums.push(await timeResum(page, first.unit, i % 2 === 0 ? UNITS - 1 : UNITS));

  // One unit's file replaced by a later one, unbalanced: from choosing it to the row and sums shown again.
  const replaced = setAt(first.report, "t3.received.natural", 999);
  await noteChange(page);
  await input.setInputFiles({
    name: `${first.unit}（更正）.json`,
    mimeType: "application/json",
    buffer: Buffer.from(toJson(replaced)),
  });
  await untilUnbalanced(page, first.unit);
  const replacedMs = Math.round(await sinceChange(page));

  // Sorting by 错误: most first, fewest first, unsorted, twice over; each click to the rows painted in that order.
  const sorts: number[] = [];
  for (let i = 0; i < 6; i++) sorts.push(await timeSort(page, ["descending", "ascending", null][i % 3]));
  const openCounted = Math.round(await timeOpenCounted(page));
  await page.close();
  return [
    {
      name: `汇总：添加 ${UNITS} 个单位的报告到报送情况表显示（从选定文件起）`,
      value: added,
      unit: "ms",
      budget: 3000,
    },
    {
      name: `汇总：取消勾选一个单位后重新合计（${UNITS} 个单位，中位数，6次）`,
      value: Math.round(median(resums)),
      unit: "ms",
      budget: 100,
    },
    { name: `汇总：替换一个单位的文件后重新核对与合计（${UNITS} 个单位）`, value: replacedMs, unit: "ms", budget: 100 },
    {
      name: `汇总：报送情况表排序（${UNITS} 行，中位数，6次）`,
      value: Math.round(median(sorts)),
      unit: "ms",
      budget: 50,
    },
    { name: `汇总：打开“已计入的文件”（${UNITS} 个文件）`, value: openCounted, unit: "ms" },
    {
      name: `汇总：所有单位两两比较文字相似度（${(UNITS * (UNITS - 1)) / 2} 对，后台线程）`,
      value: Math.round(similarity),
      unit: "ms",
      budget: 2000,
    },
  ];
}
