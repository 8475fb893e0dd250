import type { Page } from "@playwright/test";
import { expect, test } from "./test";

const SENTENCE = (n: number) => `2023 年度红山街道办事处共受理依申请公开信息申请 ${n} 条。`;

async function typeSeedFigures(page: Page, sentence: string) {
  await page.goto("/");
  await page.locator('input[name="t3.received.natural"]').fill("2");
  await page.locator('input[name="t3.granted.natural"]').fill("2");
  await page.locator('textarea[name="s1.onRequest.body"]').fill(sentence);
}

test("a figure written in 一 that disagrees with table 三 is reported, and clears when it agrees", async ({ page }) => {
  await typeSeedFigures(page, SENTENCE(3));
  const finding = page.locator('[data-check="prose-number"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute("data-severity", "warning");
  await expect(finding).toContainText(`“${SENTENCE(3)}”写的是3条`);
  await expect(finding).toContainText("表三“一、本年新收政府信息公开申请数量”的总计是2");

  await page.locator('textarea[name="s1.onRequest.body"]').fill(SENTENCE(2));
  await expect(finding).toHaveCount(0);
});

test("the prose-number finding leads to the sentence and follows the table", async ({ page }) => {
  await typeSeedFigures(page, SENTENCE(2));
  const finding = page.locator('[data-check="prose-number"]');
  await page.locator('input[name="t3.received.natural"]').fill("4");
  await expect(finding).toContainText("写的是2条，但表三“一、本年新收政府信息公开申请数量”的总计是4");
  await finding.click();
  await expect(page.locator('textarea[name="s1.onRequest.body"]')).toBeFocused();
});

test("六 that says only 无 asks for the 信息处理费, until it is reported", async ({ page }) => {
  await page.goto("/");
  const finding = page.locator('[data-check="fee-not-reported"]');
  await page.locator('textarea[name="s6.body"]').fill("无");
  await expect(finding).toContainText("只写了“无”，没有说明信息处理费情况");
  await page.locator('textarea[name="s6.body"]').fill("本年度未收取信息处理费。");
  await expect(finding).toHaveCount(0);
});

test("a publication date after the deadline is reported with the date, and clears when corrected", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.year"]').fill("2023");
  await page.locator('select[name="meta.organType"]').selectOption("县级以上人民政府部门");
  await page.locator('input[name="meta.publishDate"]').fill("2024-02-05");
  const finding = page.getByRole("region", { name: "检查结果：基本信息" }).locator('[data-check="deadline"]');
  await expect(finding).toContainText(
    "应当在2024年1月31日前公开（条例第四十九条），公开日期填写的是2024年2月5日，晚了5天",
  );
  await finding.click();
  await expect(page.locator('input[name="meta.publishDate"]')).toBeFocused();
  await page.locator('input[name="meta.publishDate"]').fill("2024-01-25");
  await expect(finding).toHaveCount(0);
});
