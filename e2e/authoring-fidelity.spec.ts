/**
 * Issue #13: what the clerk types is what is stored. Each input is typed key by key at a real keyboard; the
 * cell shows exactly that text, says what it accepts, and never holds another number.
 */
import type { Page } from "@playwright/test";
import { cell, paste } from "./authoring-helpers";
import { draftIdOf, openFirstDraft, saveStatus, storedDraft } from "./drafts-helpers";
import { expect, test } from "./test";

const total = (page: Page, path: string) => page.locator(`output[name="${path}"]`);

async function storedCell(page: Page, path: string): Promise<unknown> {
  await expect(saveStatus(page)).toHaveText("已保存");
  const draft = await storedDraft(page, draftIdOf(page));
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], draft?.report);
}

for (const text of ["1.5", "1.23456", "1e3", "-3", "12a3"]) {
  test(`a count cell typed “${text}” shows that text, says what it accepts and stores no number`, async ({ page }) => {
    await openFirstDraft(page);
    const input = cell(page, "t3.received.natural");
    await input.click();
    await page.keyboard.type(text, { delay: 20 });
    await expect(input).toHaveValue(text);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(/件数只能填整数，不能为负数或小数/);
    // Not filled: the row total does not pretend to know it.
    await expect(total(page, "t3.received.total")).toHaveText("");
    await page.keyboard.press("Enter");
    await expect(input).toHaveValue(text);
    await expect(page.locator('[data-check="value"]')).toHaveCount(1);
    await expect(page.locator('[data-check="value"]')).toContainText(`“${text}”`);
    expect(await storedCell(page, "t3.received.natural")).toBe(text);
    // Kept across a reload, still marked, until it is fixed.
    await page.reload();
    await expect(cell(page, "t3.received.natural")).toHaveValue(text);
    await expect(page.locator('[data-check="value"]')).toHaveCount(1);
    await cell(page, "t3.received.natural").click();
    await page.keyboard.type("15");
    await page.keyboard.press("Enter");
    await expect(total(page, "t3.received.total")).toHaveText("15");
    await expect(page.locator('[data-check="value"]')).toHaveCount(0);
    expect(await storedCell(page, "t3.received.natural")).toBe(15);
  });
}

test("an amount cell takes up to 4 decimals in 万元 and marks a fifth", async ({ page }) => {
  await openFirstDraft(page);
  const input = cell(page, "t2.fees.amount");
  await input.click();
  await page.keyboard.type("1.23456", { delay: 20 });
  await expect(input).toHaveValue("1.23456");
  await expect(input).toHaveAccessibleDescription(/万元.*最多保留4位小数/);
  await page.keyboard.press("Backspace");
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Enter");
  expect(await storedCell(page, "t2.fees.amount")).toBe(1.2345);
});

test("typing and pasting share one rule: pasted text that is not a number also stays as text", async ({ page }) => {
  await openFirstDraft(page);
  await cell(page, "t3.received.natural").click();
  await paste(page, "1.5\t2");
  await expect(cell(page, "t3.received.natural")).toHaveValue("1.5");
  await expect(cell(page, "t3.received.commercial")).toHaveValue("2");
  await expect(page.locator('[data-check="value"]')).toHaveCount(1);
  expect(await storedCell(page, "t3.received.natural")).toBe("1.5");
});

test("a click on the active cell, then typing, replaces its value (first and last row)", async ({ page }) => {
  await openFirstDraft(page);
  const first = cell(page, "t3.received.natural");
  await first.click();
  await page.keyboard.type("5");
  await first.click();
  await page.keyboard.type("7");
  await expect(first).toHaveValue("7");
  const last = cell(page, "t3.carriedForward.otherOrg");
  await last.click();
  await page.keyboard.type("1");
  await last.click();
  await page.keyboard.type("0");
  await expect(last).toHaveValue("0");
  // A double click edits in place: the caret goes to the end and typing appends.
  await last.dblclick();
  await page.keyboard.type("3");
  await expect(last).toHaveValue("03");
  await page.keyboard.press("Enter");
  await expect(last).toHaveValue("3");
});

test("after Ctrl+Z the changed cell has focus and the next digit replaces it", async ({ page }) => {
  await openFirstDraft(page);
  const input = cell(page, "t3.received.natural");
  await input.click();
  await page.keyboard.type("8");
  await page.keyboard.press("Enter");
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(input).toBeFocused();
  await expect(input).toHaveValue("");
  await page.keyboard.press("Control+y");
  await expect(input).toHaveValue("8");
  await page.keyboard.type("6");
  await expect(input).toHaveValue("6");
});

test("Ctrl+A then typing enters the active cell, replacing it", async ({ page }) => {
  await openFirstDraft(page);
  const input = cell(page, "t3.granted.commercial");
  await input.click();
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await input.click();
  await page.keyboard.press("Control+a");
  await expect(page.locator('table[data-table="t3"] [aria-selected="true"]').first()).toBeVisible();
  await page.keyboard.type("9");
  await expect(input).toHaveValue("9");
  await expect(input).toBeFocused();
  await expect(page.locator('table[data-table="t3"] [aria-selected="true"]')).toHaveCount(0);
});

test("Shift+End extends the selection, Delete clears a 3×4 block, one Ctrl+Z restores it", async ({ page }) => {
  await openFirstDraft(page);
  // Rows 一, 二 and （一）予以公开, columns 自然人 … 科研机构 and 社会公益组织: fill, then select the block.
  const rows = ["received", "carriedOver", "granted"];
  const columns = ["natural", "commercial", "research", "publicInterest"];
  await cell(page, "t3.received.natural").click();
  await paste(page, rows.map((_, r) => `${r + 1}\t${r + 2}\t${r + 3}\t${r + 4}`).join("\n"));
  await expect(cell(page, "t3.granted.publicInterest")).toHaveValue("6");
  await cell(page, "t3.received.natural").click();
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowRight");
  const selected = page.locator('table[data-table="t3"] [aria-selected="true"]');
  await expect(selected).toHaveCount(12);
  await page.keyboard.press("Delete");
  for (const r of rows) for (const c of columns) await expect(cell(page, `t3.${r}.${c}`)).toHaveValue("");
  await page.keyboard.press("Control+z");
  for (const [i, r] of rows.entries()) {
    for (const [j, c] of columns.entries()) await expect(cell(page, `t3.${r}.${c}`)).toHaveValue(String(i + j + 1));
  }
  // Shift+End from the first cell of a row selects to the row's end (its total included).
  await cell(page, "t3.received.natural").click();
  await page.keyboard.press("Shift+End");
  await expect(selected).toHaveCount(7);
  await page.keyboard.press("Shift+Home");
  await expect(selected).toHaveCount(0);
});

test("报告年度 reads 2023年 and ２０２３, refuses other text visibly, and missing 基本信息 is a finding", async ({
  page,
}) => {
  await openFirstDraft(page);
  const year = page.getByRole("textbox", { name: "报告年度" });
  const missing = page.locator('[data-check="missing-meta"]');
  await expect(missing).toHaveCount(3);
  await year.click();
  await page.keyboard.type("2023年");
  await expect(missing).toHaveCount(2);
  await expect(year).not.toHaveAttribute("aria-invalid", "true");
  await year.fill("");
  await year.click();
  await page.keyboard.type("２０２３");
  await expect(missing).toHaveCount(2);
  await year.fill("");
  await page.keyboard.type("23");
  await expect(year).toHaveValue("23");
  await expect(year).toHaveAttribute("aria-invalid", "true");
  await expect(year).toHaveAccessibleDescription(/4位数字年份.*如 2023/);
  await expect(missing).toHaveCount(3);
  // The finding takes the clerk to the field.
  await page.locator('[data-check="missing-meta"]', { hasText: "机关全称" }).click();
  await expect(page.getByRole("textbox", { name: "机关全称" })).toBeFocused();
});

test("random text typed key by key: the cell shows it all and holds its number or nothing", async ({ page }) => {
  await openFirstDraft(page);
  const keys = [..."0123456789.,-ea "];
  let seed = 20231;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const input = cell(page, "t3.received.natural");
  for (let n = 0; n < 15; n++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 6) }, () => keys[Math.floor(next() * keys.length)])
      .join("")
      .trimStart();
    await input.click();
    await page.keyboard.press("Delete");
    await page.keyboard.type(text || "0");
    const typed = text || "0";
    await expect(input).toHaveValue(typed);
    const plain = typed.replace(/\s/g, "");
    const number = /^\d+$/.test(plain) || /^\d{1,3}(,\d{3})+$/.test(plain) ? Number(plain.replace(/,/g, "")) : null;
    await expect(total(page, "t3.received.total"), typed).toHaveText(number === null ? "" : String(number));
    await page.keyboard.press("Enter");
  }
});
