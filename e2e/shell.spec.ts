import { expect, test } from "./test";

const TITLES = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

test("a blank report shows the six sections, the three tables and their totals", async ({ page }) => {
  await page.goto("/");
  for (const title of TITLES) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  await expect(page.locator('output[name="t3.total.total"]')).toHaveText("0");
  await expect(page.locator("output")).toHaveCount(25 + 6 + 3);
  await expect(page.locator('table[data-table="t3"] tbody tr')).toHaveCount(25);
  await expect(page.locator('table[data-table="t4"] thead th')).toHaveCount(2 + 7 + 10);
  await expect(page.getByRole("columnheader", { name: "申请人情况" })).toHaveAttribute("colspan", "7");
  await expect(page.getByRole("rowheader", { name: "三、本年度办理结果" })).toHaveAttribute("rowspan", "22");
});

test("totals and the balance finding follow what is typed", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "一、本年新收政府信息公开申请数量 自然人" }).fill("2");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("2");
  await expect(page.locator('[data-check="balance"]').first()).toContainText(
    "自然人列：一+二=2，（七）总计+四=0，相差2",
  );

  await page.locator('input[name="t3.granted.natural"]').fill("２");
  await expect(page.locator('output[name="t3.total.natural"]')).toHaveText("2");
  await expect(page.locator('output[name="t3.total.total"]')).toHaveText("2");
  await expect(page.locator('[data-check="balance"]')).toHaveCount(0);

  await page.locator('input[name="t4.review.upheld"]').fill("3");
  await page.locator('input[name="t4.review.pending"]').fill("1");
  await expect(page.locator('output[name="t4.review.total"]')).toHaveText("4");
});

test("activating a finding moves focus to its first cell", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="t3.carriedOver.research"]').fill("1");
  await page.locator('[data-check="balance"][data-severity="error"]').first().click();
  await expect(page.locator('input[name="t3.received.research"]')).toBeFocused();
});

test("the document title is built from the body name and year", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("西工区红山街道办事处");
  await page.locator('input[name="meta.year"]').fill("2023");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "西工区红山街道办事处2023年政府信息公开工作年度报告",
  );
});
