import type { Locator } from "@playwright/test";
import { toJson } from "../src/formats";
import { unitReports } from "../src/testing/unitReports";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 150_000 });

// Beyond 100 units only the rows scrolled to are drawn (StatusTable's window): each unit must still be reachable by
// scrolling, by the keyboard and by the filter, and counted in the table's row count.
const UNITS = unitReports(150, { year: 2023 });
const LAST = UNITS.at(-1)?.unit ?? "";

/** Whether the element is within the scrolled box's visible part (the box itself may be below the page's fold). */
const inScrollBox = (element: Locator) =>
  element.evaluate((el) => {
    const box = el.closest(".collect-table-scroll")?.getBoundingClientRect();
    const own = el.getBoundingClientRect();
    return !!box && own.top >= box.top && own.bottom <= box.bottom + 1;
  });

test("汇总 of 150 units: the rows scrolled to are drawn, every unit is reached by scrolling, Tab and the filter", async ({
  page,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, UNITS.map((u) => u.unit).join("\n"));
  await dropFiles(
    page,
    UNITS.map((u) => ({ name: `${u.unit}.json`, text: toJson(u.report) })),
  );
  await expect(page.getByText("显示150个单位（共150个，已报送150个），已选150个用于合计")).toBeVisible();
  const table = page.getByRole("table", { name: "各单位报送情况" });
  await expect(table).toHaveAttribute("aria-rowcount", "151");
  const drawn = table.locator("tbody tr[aria-rowindex]");
  expect(await drawn.count()).toBeLessThan(80);
  await expect(drawn.first()).toHaveAttribute("aria-rowindex", "2");
  const lastRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: LAST, exact: true }) });
  await expect(lastRow).toHaveCount(0);

  // Scrolled to the end: the last unit is drawn, in its place, and can be unticked.
  // As a scroll bar dragged to the end: rows measured on the way make the table taller, so drag again.
  await expect
    .poll(async () => {
      await page.locator(".collect-table-scroll").evaluate((box) => box.scrollTo(0, box.scrollHeight));
      return (await lastRow.count()) === 1 && (await inScrollBox(lastRow));
    })
    .toBe(true);
  await expect(lastRow).toHaveAttribute("aria-rowindex", "151");
  await lastRow.getByRole("checkbox").uncheck();
  await expect(page.getByText("已选149个用于合计")).toBeVisible();
  await expect(page.getByRole("heading", { name: "各单位合计（149个单位）" })).toBeVisible();

  // Back at the top, the keyboard walks on past the rows first drawn (two stops a row: checkbox and name).
  await page.locator(".collect-table-scroll").evaluate((box) => box.scrollTo(0, 0));
  await table.getByRole("checkbox", { name: `合计时计入${UNITS[0].unit}` }).focus();
  for (let i = 0; i < 120; i++) await page.keyboard.press("Tab");
  const focusedRow = await page.evaluate(() =>
    Number(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex") ?? 0),
  );
  expect(focusedRow).toBe(62);
  expect(await inScrollBox(page.locator(":focus"))).toBe(true);

  // Scrolled away from the focused row with the wheel: the focus stays on its checkbox, and Tab goes on from there.
  const focusedBox = page.locator(":focus");
  await expect(focusedBox).toHaveAttribute("aria-label", /^合计时计入/);
  const focusedName = await focusedBox.getAttribute("aria-label");
  await page.locator(".collect-table-scroll").evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(lastRow).toHaveCount(1);
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", focusedName ?? "");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText((focusedName ?? "").replace("合计时计入", ""));

  // Sorted by 错误, most first: the top of the table is the units whose figures are off, the row count unchanged.
  await page.getByRole("columnheader", { name: "错误" }).getByRole("button").click();
  await page.locator(".collect-table-scroll").evaluate((box) => box.scrollTo(0, 0));
  await expect(drawn.first()).toHaveAttribute("aria-rowindex", "2");
  await expect(drawn.first().locator('[data-column="balance"]')).toContainText("相差");
  await expect(table).toHaveAttribute("aria-rowcount", "151");

  // A unit opened from far down: back from it, the table is scrolled where it was, that unit's row in view.
  const far = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: UNITS[120].unit, exact: true }) });
  await page.getByLabel("筛选单位").fill("");
  await expect
    .poll(
      async () => {
        await page.locator(".collect-table-scroll").evaluate((box) => box.scrollBy(0, 300));
        return (await far.count()) === 1 && (await inScrollBox(far));
      },
      { intervals: [50], timeout: 30_000 },
    )
    .toBe(true);
  await far.getByRole("button", { name: UNITS[120].unit, exact: true }).click();
  await page.getByRole("button", { name: "返回汇总" }).click();
  await expect(far).toHaveCount(1);
  expect(await inScrollBox(far)).toBe(true);

  // The filter finds a unit that is not drawn.
  await page.getByLabel("筛选单位").fill(LAST);
  await expect(drawn).toHaveCount(1);
  await expect(lastRow).toBeVisible();
  await expect(table).toHaveAttribute("aria-rowcount", "2");
});
