import { saveStatus } from "./drafts-helpers";
import { expect, test } from "./test";

test("填写要点: what a field must cover, a 人民政府's extra items, and a standard sentence inserted at the caret", async ({
  page,
}) => {
  await page.goto("/");
  const guide = page.locator(".prose-guide").last();
  await guide.getByText("填写要点").click();
  await expect(guide).toContainText("国办函〔2020〕109号");
  await expect(guide.locator(".for-governments")).toHaveCount(0);
  await page.locator("#meta-organType").selectOption("县级以上人民政府");
  await expect(guide.locator(".for-governments")).toContainText("人大代表建议和政协提案办理结果公开情况");

  const body = page.locator('textarea[name="s6.body"]');
  await body.fill("本年度无其他需要报告的事项。");
  await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
  await guide.getByRole("button", { name: "在“六、其他需要报告的事项”中插入：本年度未收取信息处理费。" }).click();
  await expect(body).toHaveValue("本年度未收取信息处理费。本年度无其他需要报告的事项。");
  await expect(body).toBeFocused();
  await expect(page.locator('[data-check="fee-not-reported"]')).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.reload();
  await expect(page.locator('textarea[name="s6.body"]')).toHaveValue(
    "本年度未收取信息处理费。本年度无其他需要报告的事项。",
  );
});

test("a report made with 下一年度 shows last year's text of each field beside it, to read", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("西工区红山街道办事处");
  await page.locator('input[name="meta.year"]').fill("2023");
  await page.locator('textarea[name="s5.problems.body"]').fill("公开内容不够全面。");
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await page.getByRole("button", { name: /^下一年度/ }).click();
  await expect(page.locator('input[name="meta.year"]')).toHaveValue("2024");

  const problems = page.locator(".sub-item").filter({ has: page.locator('textarea[name="s5.problems.body"]') });
  await problems.getByText("上年（2023年）此项内容").click();
  await expect(problems.locator(".last-year-text")).toHaveText("公开内容不够全面。");
  await expect(page.locator('textarea[name="s5.problems.body"]')).toHaveValue("");
  await expect(page.locator(".last-year-text")).toHaveCount(1);
});

test("对照上年 shows last year's figure or the change beside every figure of a report made with 下一年度", async ({
  page,
}) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("西工区红山街道办事处");
  await page.locator('input[name="meta.year"]').fill("2023");
  await page.locator('input[name="t2.penalty.decisions"]').fill("5");
  await page.locator('input[name="t2.penalty.decisions"]').press("Enter");
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await page.getByRole("button", { name: /^下一年度/ }).click();
  await expect(page.locator('input[name="meta.year"]')).toHaveValue("2024");

  const penalty = page.locator("td").filter({ has: page.locator('input[name="t2.penalty.decisions"]') });
  await expect(penalty.locator(".cell-compare")).toHaveCount(0);
  await page.getByRole("combobox", { name: "二、主动公开政府信息情况：对照上年" }).selectOption("last");
  await expect(penalty.locator(".cell-compare")).toHaveText("上年5");
  await page.getByRole("combobox", { name: "二、主动公开政府信息情况：对照上年" }).selectOption("change");
  await penalty.locator("input").click();
  await page.keyboard.type("8");
  await page.keyboard.press("Enter");
  await expect(penalty.locator(".cell-compare")).toHaveText("增3");
  await page.getByRole("combobox", { name: "三、收到和处理政府信息公开申请情况：对照上年" }).selectOption("last");
  const total = page.locator("td").filter({ has: page.locator('output[name="t3.total.total"]') });
  await expect(total.locator(".cell-compare")).toHaveText("上年未填");
});

test("a report with no last year offers no comparison", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('input[name="t2.penalty.decisions"]')).toBeVisible();
  await expect(page.getByRole("combobox", { name: /对照上年$/ })).toHaveCount(0);
});

test("填表说明 explains a table's counting with a worked example and every row's 口径", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "三、收到和处理政府信息公开申请情况：填表说明" }).click();
  const dialog = page.getByRole("dialog", { name: "填表说明：三、收到和处理政府信息公开申请情况" });
  await expect(dialog).toContainText("一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理");
  await expect(dialog.locator(".how-to-example").first()).toContainText("10+2=9+3");
  await expect(dialog.locator("dt").filter({ hasText: "1.属于国家秘密" })).toHaveCount(1);
  await expect(dialog.locator("dt")).toHaveCount(await dialog.locator("dd").count());
  expect(await dialog.locator("dt").count()).toBeGreaterThan(20);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});
