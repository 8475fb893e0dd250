import { expect, test } from "./test";
import { exportMenu } from "./toolbar";

test("导出 ▾ opens with a click or ↓, moves with the arrows, and closes with Esc, a choice or a click elsewhere", async ({
  page,
}) => {
  await page.goto("/");
  const menu = exportMenu(page);
  const group = page.getByRole("group", { name: "导出" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(group).toHaveCount(0);

  await menu.focus();
  await page.keyboard.press("ArrowDown");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(group.getByRole("button")).toHaveText([
    "导出 Word",
    "导出网页",
    "导出 Markdown",
    "导出 JSON",
    "预览 Markdown",
  ]);
  await expect(group.getByRole("button", { name: "导出 Word" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(group.getByRole("button", { name: "预览 Markdown" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(group).toHaveCount(0);
  await expect(menu).toBeFocused();

  await menu.click();
  await page.locator('input[name="meta.organ"]').click();
  await expect(group).toHaveCount(0);

  await menu.click();
  await group.getByRole("button", { name: "预览 Markdown" }).click();
  await expect(group).toHaveCount(0);
  await expect(page.getByRole("dialog")).toBeVisible();
});
