import { expect, test } from "./test";

test("a new report is a list of things to do, not of errors; the navigation shows each section's progress", async ({
  page,
}, info) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "报告章节" });
  await expect(nav.locator(".section-status")).toHaveText(["未开始", "未开始", "未开始", "未开始", "未开始", "未开始"]);
  const findings = page.getByRole("complementary", { name: "检查结果" });
  await expect(findings.locator(".findings-progress")).toHaveText("6 个部分中 0 个已完成");
  await expect(findings.locator('[data-todo="true"]').first()).toBeAttached();
  await expect(page.locator('[data-severity="error"], [data-severity="warning"]')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(nav.locator(".badge")).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("new-report.png") });

  await page.locator('textarea[name="s1.proactive.body"]').fill("本年度主动公开政府信息12条。");
  await expect(nav.locator("li").first().locator(".section-status")).toHaveText("填写中");
  await page.locator('input[name="t4.review.upheld"]').fill("0");
  await expect(findings.locator(".findings-progress")).toHaveText(/^6 个部分中 0 个已完成，表四还有 \d+ 格未填$/);
  await expect(nav.locator("li").nth(3).locator(".section-status")).toHaveText("填写中");
});
