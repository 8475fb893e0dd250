import type { Page } from "@playwright/test";
import { toJson } from "../src/formats";
import { largeFigures } from "../src/testing/largeFigures";
import { expect, test } from "./test";

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1366, height: 768 } });

async function openReport(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls++;
    };
  });
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.getByLabel(/选择文件/).setInputFiles({
    name: "report.json",
    mimeType: "application/json",
    buffer: Buffer.from(toJson(largeFigures(5))),
  });
  await page.getByRole("dialog", { name: "导入报告" }).getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
}

const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

test("页面预览 shows the printed A4 pages with their numbers, zooms, and starts 打印 and 导出 PDF", async ({
  page,
}, testInfo) => {
  await openReport(page);
  await page.getByRole("button", { name: "页面预览" }).click();
  const view = page.getByRole("dialog", { name: "打印预览" });
  const sheets = view.locator(".print-sheet");
  await expect(sheets.first()).toBeVisible();
  // Opening the preview does not print.
  expect(await printCalls(page)).toBe(0);
  await expect(page).toHaveTitle("西工区红山街道办事处2023年政府信息公开工作年度报告");

  // A4 sheets, numbered — n — odd right and even left, as many as the browser prints.
  const count = await sheets.count();
  expect(count).toBeGreaterThan(3);
  const a4 = await sheets.first().boundingBox();
  expect(Math.round(((a4?.height ?? 0) / (a4?.width ?? 1)) * 1000)).toBe(Math.round((297 / 210) * 1000));
  for (let i = 0; i < count; i++) {
    const number = sheets.nth(i).locator(".print-sheet-number");
    await expect(number).toHaveText(`— ${i + 1} —`);
    await expect(number).toHaveClass(i % 2 === 0 ? /odd/ : /even/);
  }
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const printedPages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.emulateMedia({ media: "screen" });
  expect(count).toBe(printedPages);

  // Every piece of the column is on exactly one sheet: the slices join up, none taller than the text block.
  const slices = await view
    .locator(".print-sheet-window")
    .evaluateAll((els) =>
      els.map((el) => [
        -Number.parseFloat((el.firstElementChild as HTMLElement).style.marginTop || "0"),
        el.getBoundingClientRect().height,
      ]),
    );
  for (let i = 1; i < slices.length; i++) expect(slices[i][0]).toBeCloseTo(slices[i - 1][0] + slices[i - 1][1], 0);
  // A sheet that continues table 三 starts with its heading rows again.
  await expect(view.locator(".print-sheet .print-table.continued").first()).toContainText("申请人情况");
  await testInfo.attach("page-preview.png", { body: await page.screenshot(), contentType: "image/png" });
  await sheets.nth(3).scrollIntoViewIfNeeded();
  await testInfo.attach("page-preview-continued-table.png", {
    body: await page.screenshot(),
    contentType: "image/png",
  });

  // Zoom.
  await view.getByRole("button", { name: "放大" }).click();
  await expect(view.getByLabel("缩放比例")).toHaveText("125%");
  const zoomed = await sheets.first().boundingBox();
  expect((zoomed?.width ?? 0) / (a4?.width ?? 1)).toBeCloseTo(1.25, 2);
  await view.getByRole("button", { name: "缩小" }).click();
  await view.getByRole("button", { name: "缩小" }).click();
  await expect(view.getByLabel("缩放比例")).toHaveText("75%");
  await testInfo.attach("page-preview-75.png", { body: await page.screenshot(), contentType: "image/png" });

  // The imported seed has no 公开日期 yet: printing asks first, as from the toolbar.
  await view.getByRole("button", { name: "打印", exact: true }).click();
  await view.getByRole("alertdialog").getByRole("button", { name: "仍然打印" }).click();
  expect(await printCalls(page)).toBe(1);
  await view.getByRole("button", { name: "导出 PDF" }).click();
  await view.getByRole("alertdialog").getByRole("button", { name: "仍然导出" }).click();
  expect(await printCalls(page)).toBe(2);
  await expect(view).toContainText("选择“另存为 PDF”，文件名已是“西工区红山街道办事处2023年政府信息公开工作年度报告”");

  await view.getByRole("button", { name: "关闭打印预览" }).click();
  await expect(view).toHaveCount(0);
  await expect(page).toHaveTitle("年报编制 · 政府信息公开工作年度报告");
});

test("打印 and 导出 PDF from the preview of an unfinished report ask first, as the toolbar's 打印 does", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls++;
    };
  });
  await page.goto("/");
  await page.getByRole("button", { name: "页面预览" }).click();
  const view = page.getByRole("dialog", { name: "打印预览" });
  await expect(view.locator(".print-sheet").first()).toBeVisible();
  const notice = view.getByRole("alertdialog");

  await view.getByRole("button", { name: "打印", exact: true }).click();
  await expect(notice.getByRole("heading")).toHaveText(/^报告还有/);
  await expect(notice).toBeInViewport();
  await notice.getByRole("button", { name: "返回修改" }).click();
  expect(await printCalls(page)).toBe(0);

  await view.getByRole("button", { name: "导出 PDF" }).click();
  await notice.getByRole("button", { name: "仍然导出" }).click();
  expect(await printCalls(page)).toBe(1);
});
