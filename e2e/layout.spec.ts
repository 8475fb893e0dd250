/**
 * The clerk's screen (issue #15): a 1366×768 laptop (also at Windows' 125%, which leaves 1093 px), and 1920 px.
 * The header and a table's column headings stay in view while its rows are typed, the findings are in view or one
 * click away, 表四 fits without scrolling sideways, and the navigation marks the section in view.
 * Each state is saved as a screenshot in the test's output folder.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./test";

const SCREENS = [
  { name: "1366×768 @1.25", viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1.25 },
  { name: "1093×615", viewport: { width: 1093, height: 615 }, deviceScaleFactor: 1 },
  { name: "1920×1080", viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
];

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/** A finding's button in view: directly, or after one click on 检查结果 where the findings are a drawer. */
async function findingOneClickAway(page: Page): Promise<Locator> {
  const finding = page.locator("[data-check][data-severity]").first();
  const toggle = page.getByRole("button", { name: /^检查结果/ });
  if (await toggle.isVisible()) {
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
  await expect(finding).toBeVisible();
  expect(await inViewport(page, finding)).toBe(true);
  return finding;
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });

    test("typing 三's last row: its column headings and 已保存 are in view, a finding one click away", async ({
      page,
    }, info) => {
      await page.goto("/");
      const cell = page.locator('input[name="t3.carriedForward.natural"]');
      await cell.click();
      await page.keyboard.type("3");
      await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
      const heading = page.locator("table.t3 thead th", { hasText: "自然人" });
      const status = page.getByRole("status").filter({ hasText: "已保存" });
      expect(await inViewport(page, cell)).toBe(true);
      expect(await inViewport(page, heading)).toBe(true);
      expect(await inViewport(page, status)).toBe(true);
      await page.screenshot({ path: info.outputPath("t3-last-row.png") });

      const finding = await findingOneClickAway(page);
      await page.screenshot({ path: info.outputPath("findings.png") });
      await finding.click();
      await expect(page.locator("[data-check][data-severity]").first()).toBeAttached();
    });

    test("表四 fits without scrolling sideways and its headings break only in their middle", async ({ page }, info) => {
      await page.goto("/");
      await page.locator('input[name="t4.review.upheld"]').click();
      const overflow = await page.evaluate(() => {
        const main = document.getElementById("report-main") as HTMLElement;
        const table = document.querySelector("table.t4") as HTMLElement;
        return {
          main: main.scrollWidth - main.clientWidth,
          table: table.getBoundingClientRect().right - main.getBoundingClientRect().right,
        };
      });
      expect(overflow.main).toBeLessThanOrEqual(0);
      expect(overflow.table).toBeLessThanOrEqual(0);
      // 结果维持 on one line or as 结果/维持, never 结果维/持: each half is as wide as two characters at most.
      const widths = await page.locator("table.t4 thead th", { hasText: "结果维持" }).evaluateAll((cells) =>
        cells.map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
          return new Set(lines).size;
        }),
      );
      for (const lines of widths) expect(lines).toBeLessThanOrEqual(2);
      await page.screenshot({ path: info.outputPath("t4.png") });
    });

    test("the navigation marks the section in view as the form scrolls", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "报告章节" });
      await expect(nav.getByRole("link", { name: "一、总体情况" })).toHaveAttribute("aria-current", "location");
      // Once seen, the last sections keep their real (short) height rather than the 900 px placeholder.
      await page.locator("#report-main").evaluate((m) => m.scrollTo(0, m.scrollHeight));
      await expect(nav.getByRole("link", { name: /^六、/ })).toHaveAttribute("aria-current", "location");
      await page.locator("#report-main").evaluate((m) => m.scrollTo(0, 0));
      await expect(nav.getByRole("link", { name: "一、总体情况" })).toHaveAttribute("aria-current", "location");
      await page.locator("#s4").evaluate((s) => s.scrollIntoView({ block: "start" }));
      await expect(nav.getByRole("link", { name: /^四、/ })).toHaveAttribute("aria-current", "location");
      await expect(nav.locator("[aria-current]")).toHaveCount(1);
      await page.locator("#s6").evaluate((s) => s.scrollIntoView({ block: "start" }));
      await expect(nav.getByRole("link", { name: /^六、/ })).toHaveAttribute("aria-current", "location");
    });
  });
}

test.describe("1366×768", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("表三's row labels take at most two lines", async ({ page }) => {
    await page.goto("/");
    await page.locator('input[name="t3.received.natural"]').waitFor();
    const lines = await page.locator("table.t3 tbody th.label").evaluateAll((cells) =>
      cells
        .filter((th) => (th as HTMLTableCellElement).rowSpan === 1)
        .map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return { label: th.textContent ?? "", lines: tops.size };
        }),
    );
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((l) => l.lines > 2)).toEqual([]);
  });
});
