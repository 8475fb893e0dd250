import { expect, test } from "@playwright/test";

const SENTENCE = (n: number) => `2023 年度红山街道办事处共受理依申请公开信息申请 ${n} 条。`;

test("a figure written in 一 that disagrees with table 三 is reported, and clears when it agrees", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="t3.received.natural"]').fill("2");
  await page.locator('input[name="t3.granted.natural"]').fill("2");
  const finding = page.locator('[data-check="prose-number"]');

  await page.locator('textarea[name="s1.onRequest.body"]').fill(SENTENCE(3));
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute("data-severity", "warning");
  await expect(finding).toContainText(`“${SENTENCE(3)}”写的是3条`);
  await expect(finding).toContainText("表三“一、本年新收政府信息公开申请数量”的总计是2");

  await finding.click();
  await expect(page.locator('textarea[name="s1.onRequest.body"]')).toBeFocused();

  await page.locator('textarea[name="s1.onRequest.body"]').fill(SENTENCE(2));
  await expect(finding).toHaveCount(0);

  await page.locator('input[name="t3.received.natural"]').fill("4");
  await expect(finding).toContainText("写的是2条，但表三“一、本年新收政府信息公开申请数量”的总计是4");
});

test("六 that says only 无 asks for the 信息处理费, until it is reported", async ({ page }) => {
  await page.goto("/");
  const finding = page.locator('[data-check="fee-not-reported"]');
  await page.locator('textarea[name="s6.body"]').fill("无");
  await expect(finding).toContainText("只写了“无”，没有说明信息处理费情况");
  await page.locator('textarea[name="s6.body"]').fill("本年度未收取信息处理费。");
  await expect(finding).toHaveCount(0);
});
