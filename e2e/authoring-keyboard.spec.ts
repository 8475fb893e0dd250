import type { Locator, Page } from "@playwright/test";
import { getAt } from "../src/report";
import { ALL_CELLS, INPUT_CELLS, ORGAN_TYPES } from "../src/template";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { cell } from "./authoring-helpers";
import { downloadedText } from "./drafts-helpers";
import { expect, test } from "./test";
import { exportMenu } from "./toolbar";

// Typing the whole seed report through the real keyboard takes a minute or two on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

/** Presses Tab until `target` has focus; fails if it is not reached within `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** A prose field: select what is there (the default heading) and type over it; long bodies arrive as an IME commits. */
async function typeInto(page: Page, path: string, text: string) {
  await tabTo(page, cell(page, path));
  await page.keyboard.press("ControlOrMeta+A");
  if (text.length > 40) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

test("a clerk fills the whole seed report with the keyboard alone, totals and checks following, and exports it", async ({
  page,
}) => {
  const seed = hongshan2023();
  const meta = {
    ...seed.meta,
    publishDate: "2024-01-25",
    preamble: "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    signOff: "西工区红山街道办事处 2024年1月25日",
  };
  await page.goto("/");
  await expect(page.getByRole("grid")).toHaveCount(3);

  await typeInto(page, "meta.organ", meta.organ);
  await typeInto(page, "meta.year", String(meta.year));
  await tabTo(page, cell(page, "meta.organType"));
  for (let i = 0; i <= ORGAN_TYPES.indexOf("街道办事处"); i++) await page.keyboard.press("ArrowDown");
  // The date field's segments follow the browser's own language: 年/月/日 in a Chinese Chromium, 月/日/年 in
  // one without Chinese locale data (Debian's, here); type them in the order the field turns out to have.
  const date = cell(page, "meta.publishDate");
  await tabTo(page, date);
  await page.keyboard.type("2024");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("0125");
  if ((await date.inputValue()) !== meta.publishDate) {
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("01252024");
  }
  await typeInto(page, "meta.preamble", meta.preamble);
  await typeInto(page, "meta.signOff", meta.signOff);
  const prose = async (section: "s1" | "s5") => {
    for (const [key, item] of Object.entries(seed[section])) {
      await typeInto(page, `${section}.${key}.heading`, item.heading);
      await typeInto(page, `${section}.${key}.body`, item.body);
    }
  };
  await prose("s1");

  // Tab walks every entered cell of a table in reading order, skipping computed totals, then leaves it.
  for (const table of ["t2", "t3", "t4"] as const) {
    const cells = INPUT_CELLS.filter((c) => c.table === table);
    await tabTo(page, cell(page, cells[0].path), 20);
    for (const c of cells) {
      await page.keyboard.type(String(getAt(seed, c.path)));
      if (c.path === "t3.received.natural") {
        await expect(page.locator('output[name="t3.received.total"]')).toHaveText("2");
        await expect(page.locator('[data-check="balance"]').first()).toContainText(
          "自然人列：一+二=2，（七）总计+四=0，相差2",
        );
      }
      await page.keyboard.press("Tab");
    }
  }
  await expect(page.locator('output[name="t3.total.natural"]')).toHaveText("2");
  await expect(page.locator('output[name="t3.total.total"]')).toHaveText("2");
  await expect(page.locator('output[name="t4.review.total"]')).toHaveText("0");
  await expect(page.locator('[data-check="balance"]')).toHaveCount(0);
  await expect(page.locator('[data-check="blank-cells"]')).toHaveCount(0);
  await expect(page.locator('[data-check="value"]')).toHaveCount(0);

  await prose("s5");
  await typeInto(page, "s6.body", seed.s6.body);

  // On past the findings and round to the toolbar, then Enter: the file holds exactly what was typed.
  await tabTo(page, exportMenu(page));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "导出 JSON" }));
  const exported = await downloadedText(page, () => page.keyboard.press("Enter"));
  expect(JSON.parse(exported).report).toEqual({ ...seed, meta });
});

test("arrows, Enter, Esc, F2, Home/End and Ctrl+arrows move and edit like a spreadsheet", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.received.natural").focus();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(cell(page, "t3.carriedOver.natural")).toBeFocused();
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("7");

  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "t3.received.commercial")).toBeFocused();
  await page.keyboard.press("End");
  await expect(cell(page, "t3.received.total")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(cell(page, "t3.received.natural")).toBeFocused();
  await page.keyboard.press("Control+ArrowDown");
  await expect(cell(page, "t3.carriedForward.natural")).toBeFocused();
  await page.keyboard.press("Control+End");
  await expect(cell(page, "t3.carriedForward.total")).toBeFocused();
  await page.keyboard.press("Control+Home");
  await expect(cell(page, "t3.received.natural")).toBeFocused();

  // Typing replaces; Esc puts back the value from before the edit.
  await page.keyboard.type("9");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, "t3.received.natural")).toHaveValue("7");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("7");

  // F2 edits inside the text: the caret moves, the cell stays.
  await page.keyboard.press("F2");
  await page.keyboard.type("5");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("1");
  await expect(cell(page, "t3.received.natural")).toHaveValue("715");
  await page.keyboard.press("Enter");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("715");

  // Only one cell of a grid is in the tab order (roving tabindex).
  await expect(page.locator('table[data-table="t3"] [tabindex="0"]')).toHaveCount(1);
  await expect(cell(page, "t3.carriedOver.natural")).toHaveAttribute("tabindex", "0");
});

test("full-width digits and 1,234 are read as numbers; a letter stays visible, marked, until it is fixed", async ({
  page,
}) => {
  await page.goto("/");
  const input = cell(page, "t3.granted.research");
  await input.focus();
  await page.keyboard.type("a");
  await expect(input).toHaveValue("a");
  await expect(input).toHaveAccessibleDescription(/不是有效数字/);
  await page.keyboard.press("Backspace");
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(page.locator('output[name="t3.granted.total"]')).toHaveText("3");

  await cell(page, "t3.granted.commercial").fill("１２");
  await expect(page.locator('output[name="t3.granted.total"]')).toHaveText("15");
  await cell(page, "t3.granted.natural").focus();
  await page.keyboard.type("1,234");
  await page.keyboard.press("Enter");
  await expect(page.locator('output[name="t3.granted.total"]')).toHaveText("1249");
  await expect(cell(page, "t3.granted.natural")).toHaveValue("1234");
  await expect(cell(page, "t3.granted.commercial")).toHaveValue("12");
  await expect(page.locator('[data-check="value"]')).toHaveCount(0);
});

test("an IME never commits half a word", async ({ page }) => {
  await page.goto("/");
  const input = cell(page, "t3.received.natural");
  await input.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "yi", selectionStart: 2, selectionEnd: 2 });
  await page.keyboard.press("Enter");
  await expect(input).toBeFocused();
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("0");
  await cdp.send("Input.insertText", { text: "一" });
  await expect(input).toHaveValue("一");
  await expect(input).toHaveAccessibleDescription(/不是有效数字/);
  await page.keyboard.press("Backspace");
  await cdp.send("Input.imeSetComposition", { text: "１２", selectionStart: 2, selectionEnd: 2 });
  await cdp.send("Input.insertText", { text: "１２" });
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("12");
});

test("a derived cell can be read but not typed into", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.granted.otherOrg").focus();
  await page.keyboard.press("ArrowRight");
  const total = cell(page, "t3.granted.total");
  await expect(total).toBeFocused();
  await page.keyboard.type("5");
  await expect(total).toHaveText("0");
  await expect(page.getByText("是自动计算的合计，不能填写")).toBeVisible();
});

test("every grid cell has an accessible name of row label and column label", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("grid")).toHaveCount(3);
  const named = await page
    .locator('[role="grid"] input, [role="grid"] output')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute("name"), el.getAttribute("aria-label")])),
    );
  for (const def of ALL_CELLS) expect(named[def.path], def.path).toBe(`${def.rowLabel} ${def.colLabel}`);
  expect(Object.keys(named)).toHaveLength(ALL_CELLS.length);
  // Spot checks through the accessibility tree, as a screen reader meets them.
  for (const name of ["（二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人", "行政处罚 本年处理决定数量"]) {
    await expect(page.getByRole("textbox", { name, exact: true })).toBeVisible();
  }
  await expect(
    page.getByRole("gridcell").filter({ has: page.locator('output[name="t3.total.total"]') }),
  ).toHaveAttribute("aria-readonly", "true");
});

test("each grid cell is a form of its own, so the browser's autofill reads one control per keystroke", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("grid")).toHaveCount(3);
  const owners = await page
    .locator('[role="grid"] input')
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).form?.elements.length ?? 0));
  expect(owners).toHaveLength(INPUT_CELLS.length);
  expect(new Set(owners)).toEqual(new Set([1]));
  // Enter in a one-field form would submit it; the grid moves down instead and the page stays.
  await cell(page, "t3.received.natural").focus();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(cell(page, "t3.received.natural")).toHaveValue("3");
  expect(page.url()).not.toContain("t3.received");
});
