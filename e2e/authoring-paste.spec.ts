import { cell, copy, paste } from "./authoring-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 90_000 });

const total = (page: import("@playwright/test").Page, path: string) => page.locator(`output[name="${path}"]`);

test("a 3x7 block pastes from the active cell, skipping the total column, and undoes in one step", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.received.natural").focus();
  await paste(page, "1\t2\t3\t4\t5\t6\t21\r\n0\t0\t1\t0\t0\t0\t1\r\n1\t2\t4\t4\t5\t6\t22\r\n");
  await expect(total(page, "t3.received.total")).toHaveText("21");
  await expect(total(page, "t3.carriedOver.total")).toHaveText("1");
  await expect(cell(page, "t3.granted.research")).toHaveValue("4");
  await expect(total(page, "t3.total.total")).toHaveText("22");
  await expect(page.getByText("已粘贴18格")).toBeVisible();
  await expect(page.locator('[data-check="balance"]')).toHaveCount(0);

  await page.keyboard.press("Control+z");
  await expect(total(page, "t3.received.total")).toHaveText("0");
  await expect(total(page, "t3.total.total")).toHaveText("0");
  await expect(cell(page, "t3.granted.research")).toHaveValue("");
  await page.keyboard.press("Control+y");
  await expect(total(page, "t3.total.total")).toHaveText("22");
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(total(page, "t3.received.total")).toHaveText("0");
});

test("a row copied with its label lands on that row, wherever the cursor is", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.received.natural").focus();
  await paste(page, "三、本年度办理结果\t（三）不予公开\t1．属于国家秘密\t2\t0\t1\t0\t0\t0\t3");
  await expect(cell(page, "t3.denied.stateSecret.natural")).toHaveValue("2");
  await expect(cell(page, "t3.denied.stateSecret.research")).toHaveValue("1");
  await expect(total(page, "t3.denied.stateSecret.total")).toHaveText("3");
  await expect(cell(page, "t3.received.natural")).toHaveValue("");

  await cell(page, "t2.regulations.issued").focus();
  await paste(page, "行政处罚\t5\n行政 许可\t12");
  await expect(cell(page, "t2.penalty.decisions")).toHaveValue("5");
  await expect(cell(page, "t2.licensing.decisions")).toHaveValue("12");
});

test("pasted text that is not a number stays as pasted, highlighted, and is never read as a number", async ({
  page,
}) => {
  await page.goto("/");
  await cell(page, "t4.review.upheld").focus();
  await paste(page, "3\t三\t=1+1\t1");
  await expect(cell(page, "t4.review.upheld")).toHaveValue("3");
  await expect(cell(page, "t4.review.corrected")).toHaveValue("三");
  await expect(cell(page, "t4.review.corrected")).toHaveAttribute("aria-invalid", "true");
  await expect(cell(page, "t4.review.corrected")).toHaveAccessibleDescription(/不是有效数字：件数只能填整数/);
  await expect(page.locator("td.rejected")).toHaveCount(2);
  // Not filled, so the row's total is not known either.
  await expect(total(page, "t4.review.total")).toHaveText("");
  await expect(page.getByText("2格不是有效数字，已照原样填入并标红")).toBeVisible();
  await expect(page.locator('[data-check="value"]')).toHaveCount(2);
});

test("a selection copies out as tab-separated text with formula prefixes neutralised", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.received.natural").fill("2");
  await cell(page, "t3.received.commercial").fill("1");
  await cell(page, "t3.received.natural").focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(page.locator('td[aria-selected="true"]')).toHaveCount(4);
  expect(await copy(page)).toBe("2\t1\n\t");
  await page.keyboard.press("Escape");
  await cell(page, "t3.received.commercial").focus();
  await page.keyboard.press("End");
  expect(await copy(page)).toBe("3");
});

test("breaking and fixing 一+二=三+四 shows the finding at the cells and takes it away", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.received.natural").fill("2");
  await cell(page, "t3.granted.natural").fill("2");
  await expect(page.locator('[data-check="balance"]')).toHaveCount(0);

  await cell(page, "t3.carriedForward.natural").fill("1");
  const finding = page.locator('[data-check="balance"][data-severity="error"]').first();
  await expect(finding).toContainText("自然人列：一+二=2，（七）总计+四=3，相差1");
  await expect(cell(page, "t3.received.natural")).toHaveAccessibleDescription(
    /自然人列：一\+二=2，（七）总计\+四=3，相差1/,
  );
  await expect(page.locator("td.flagged.error")).toHaveCount(8);
  const nav = page.getByRole("navigation", { name: "报告章节" });
  await expect(nav.getByRole("listitem").filter({ hasText: "三、收到和处理" }).locator(".badge")).toHaveText("2");

  await finding.click();
  await expect(cell(page, "t3.received.natural")).toBeFocused();
  await cell(page, "t3.carriedForward.natural").fill("0");
  await expect(page.locator('[data-check="balance"]')).toHaveCount(0);
  await expect(page.locator("td.flagged")).toHaveCount(0);
  // 一, 五 and 六 still empty are to-dos, not problems: no badge, and 三 is no longer 有问题.
  await expect(page.locator(".section-nav .badge")).toHaveCount(0);
  await expect(
    nav.getByRole("listitem").filter({ hasText: "三、收到和处理" }).locator(".section-status"),
  ).not.toHaveText("有问题");
});

test("every row of 二 and 三 explains what it counts (口径) on focus and hover", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t3.partial.commercial").focus();
  await expect(page.locator(".hint-bar")).toContainText("只计在这一行");
  await expect(cell(page, "t3.partial.commercial")).toHaveAccessibleDescription(/口径：.*只计在这一行/);
  await cell(page, "t2.penalty.decisions").focus();
  await expect(page.locator(".hint-bar")).toContainText("不论该决定是否对外公开");
  await expect(page.getByRole("rowheader", { name: "行政处罚" })).toHaveAttribute("title", /不论该决定是否对外公开/);
  await cell(page, "t4.review.upheld").focus();
  await expect(page.locator(".hint-bar")).toHaveCount(0);
});

test("空白填0 fills the blank cells of one table in one undoable step", async ({ page }) => {
  await page.goto("/");
  await cell(page, "t4.review.upheld").fill("2");
  await expect(page.locator('[data-check="blank-cells"]')).toHaveCount(3);
  await page.getByRole("button", { name: "四、政府信息公开行政复议、行政诉讼情况：空白填0" }).first().click();
  await expect(cell(page, "t4.review.corrected")).toHaveValue("0");
  await expect(cell(page, "t4.review.upheld")).toHaveValue("2");
  await expect(page.locator('[data-check="blank-cells"]')).toHaveCount(2);
  await expect(page.locator('[data-check="blank-cells"]').first()).toContainText("空白填0");
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(cell(page, "t4.review.corrected")).toHaveValue("");
  await expect(page.locator('[data-check="blank-cells"]')).toHaveCount(3);
});

test("undo and redo reach the text fields too", async ({ page }) => {
  await page.goto("/");
  await cell(page, "s6.body").fill("无");
  await cell(page, "t3.received.natural").fill("4");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+z");
  await expect(cell(page, "t3.received.natural")).toHaveValue("");
  await page.keyboard.press("Control+z");
  await expect(cell(page, "s6.body")).toHaveValue("");
  await page.keyboard.press("Control+Shift+z");
  await expect(cell(page, "s6.body")).toHaveValue("无");
});

test("typing in a cell re-renders only that cell, its totals, the marked cells and the findings", async ({ page }) => {
  await page.goto("/?renders");
  await cell(page, "t3.received.natural").fill("25");
  await cell(page, "t3.granted.natural").focus();
  await page.evaluate(() => {
    (window as unknown as { __renders: object }).__renders = {};
  });
  await page.keyboard.type("3");
  await expect(total(page, "t3.total.total")).toHaveText("3");
  const read = () => page.evaluate(() => (window as unknown as { __renders: Record<string, number> }).__renders);
  // The checks run in the idle time after the key's frame: the findings follow a moment later, once.
  await expect.poll(async () => (await read()).FindingsPanel).toBe(1);
  const renders = await read();
  // The balance rule of the 自然人 and 总计 columns changed its explanation, so its marked cells update too.
  const balanceCells = ["received", "carriedOver", "total", "carriedForward"].flatMap((row) =>
    ["natural", "total"].map((col) => `t3.${row}.${col}`),
  );
  const allowed = new Set([
    "t3.granted.natural",
    "t3.granted.total",
    "t3.total.natural",
    "t3.total.total",
    "FindingsPanel",
    "SectionNav",
    ...balanceCells,
  ]);
  expect(Object.keys(renders).filter((id) => !allowed.has(id))).toEqual([]);
  expect(renders["t3.granted.total"]).toBe(1);
  // Once for its new sum, once more when the checks change the balance note it shows.
  expect(renders["t3.total.natural"]).toBeLessThanOrEqual(2);
  expect(renders.FindingsPanel).toBe(1);
  expect(renders["t3.granted.commercial"]).toBeUndefined();
});

test("a paste that went well is not said in red, one with refused cells is; the next edit clears either", async ({
  page,
}) => {
  await page.goto("/");
  const status = page.locator('[data-table="t3"]').locator("xpath=..").locator(".grid-status");
  await cell(page, "t3.received.natural").focus();
  await paste(page, "1\t2\r\n");
  await expect(status).toHaveText(/^已粘贴2格。/);
  await expect(status).toHaveClass(/\bdone\b/);
  const red = await status.evaluate((e) => getComputedStyle(e).color);
  expect(red).not.toBe("rgb(178, 34, 34)");

  await cell(page, "t3.carriedOver.natural").focus();
  await paste(page, "1.5\t2\r\n");
  await expect(status).toHaveText(/^已粘贴2格；1格不是有效数字/);
  await expect(status).toHaveClass(/\bproblem\b/);

  await cell(page, "t3.carriedOver.natural").focus();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(cell(page, "t3.carriedOver.natural")).toHaveValue("3");
  await expect(status).toHaveText("");
});
