import type { Page } from "@playwright/test";
import { expect } from "./test";

/** From a first visit: the draft list, 汇总各单位报告, a new collection of `year`. */
export async function newCollection(page: Page, name: string, year: number): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "返回草稿列表" }).first().click();
  await page.getByRole("button", { name: "汇总各单位报告" }).click();
  await page.getByLabel("汇总名称").fill(name);
  await page.getByLabel("报告年度").fill(String(year));
  await page.getByRole("button", { name: "新建汇总" }).click();
  await expect(page.getByRole("heading", { name: `${name}（${year}年度）` })).toBeVisible();
}

export async function saveRoster(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: /单位名单/ }).fill(text);
  await page.getByRole("button", { name: "保存名单" }).click();
}

/** Drops files on the drop zone (text, or bytes given as base64) as a file manager would (a real `drop` event with a DataTransfer). */
export async function dropFiles(
  page: Page,
  files: ({ name: string; text: string } | { name: string; base64: string })[],
): Promise<void> {
  await page.getByTestId("collect-drop").evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const content = "text" in f ? f.text : Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([content], f.name));
    }
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}
