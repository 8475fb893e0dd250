import type { Page } from "@playwright/test";
import { draftIdOf, saveStatus } from "./drafts-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 150_000 });

const SEED = new URL("./fixtures/hongshan-2023.seed.md", import.meta.url).pathname;
const SENTENCE = (n: number) => `2023 年度红山街道办事处共受理依申请公开信息申请 ${n} 条。`;

/** Imports the seed report from the draft list; it opens as a new draft. Returns that draft's id. */
async function importSeed(page: Page): Promise<string> {
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.getByLabel(/选择文件/).setInputFiles(SEED);
  await page.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
  return draftIdOf(page);
}

async function backToList(page: Page) {
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "草稿列表" })).toBeVisible();
}

async function openDraft(page: Page, id: string) {
  await page.goto(`/?draft=${id}`);
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
}

test("the imported seed raises only fee-not-reported; its prose and last year's draft raise findings that clear", async ({
  page,
}) => {
  await page.goto("/");
  await backToList(page);
  const seed = await importSeed(page);

  const notInfo = page.locator('[data-check][data-severity="error"], [data-check][data-severity="warning"]');
  await expect(notInfo).toHaveCount(1);
  await expect(notInfo).toHaveAttribute("data-check", "fee-not-reported");

  const prose = page.locator('[data-check="prose-number"]');
  await page.locator('textarea[name="s1.onRequest.body"]').fill(SENTENCE(3));
  await expect(prose).toContainText("写的是3条");
  await page.locator('textarea[name="s1.onRequest.body"]').fill(SENTENCE(2));
  await expect(prose).toHaveCount(0);

  // Last year's report of the same body: one application carried forward into 2023.
  await backToList(page);
  const lastYear = await importSeed(page);
  await page.locator('input[name="meta.year"]').fill("2022");
  await page.locator('input[name="t3.carriedForward.natural"]').fill("1");
  await expect(saveStatus(page)).toHaveText("已保存");

  await openDraft(page, seed);
  const carryOver = page.locator('[data-check="carry-over"]');
  await expect(carryOver).toHaveCount(1);
  await expect(carryOver).toContainText("自然人");

  await openDraft(page, lastYear);
  await page.locator('input[name="t3.carriedForward.natural"]').fill("0");
  await expect(saveStatus(page)).toHaveText("已保存");
  await openDraft(page, seed);
  await expect(page.locator('[data-check="fee-not-reported"]')).toHaveCount(1);
  await expect(carryOver).toHaveCount(0);
});
