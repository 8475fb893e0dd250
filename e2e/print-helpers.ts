/** Opening a report's 打印预览 in the editor, for specs that print it (PDF with page.pdf). */
import type { Page } from "@playwright/test";
import { toJson } from "../src/formats";
import type { Report } from "../src/report";
import { expect } from "./test";

/** Opens a report in the editor through 导入 (a JSON file of this tool), then 打印 (past the notice if there is one). */
export async function printReport(page: Page, report: Report) {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page
    .getByLabel(/选择文件/)
    .setInputFiles({ name: "report.json", mimeType: "application/json", buffer: Buffer.from(toJson(report)) });
  await page.getByRole("dialog", { name: "导入报告" }).getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue(report.meta.organ);
  await page.getByRole("button", { name: "打印", exact: true }).click();
  const proceed = page.getByRole("alertdialog").getByRole("button", { name: "仍然打印" });
  const view = page.getByRole("dialog", { name: "打印预览" });
  await expect(proceed.or(view)).toBeVisible();
  if (await proceed.isVisible()) await proceed.click();
  await expect(view).toBeVisible();
  return view;
}
