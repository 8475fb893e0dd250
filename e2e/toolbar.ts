import type { Locator, Page } from "@playwright/test";

/** The buttons the editor's toolbar keeps under 导出 ▾. */
const UNDER_EXPORT = new Set(["导出 Word", "导出网页", "导出 Markdown", "导出 JSON", "预览 Markdown"]);

export const exportMenu = (page: Page): Locator => page.getByRole("button", { name: "导出", exact: true });

/** A toolbar button by its name; one of 导出 ▾'s is shown first, as a clerk would open the group. */
export async function toolbarButton(page: Page, name: string): Promise<Locator> {
  const button = page.getByRole("button", { name, exact: true });
  if (UNDER_EXPORT.has(name) && !(await button.isVisible())) await exportMenu(page).click();
  return button;
}
