import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Serious and critical axe violations, summarised so a failure says what and where. */
async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
}

test("the editor has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('output[name="t3.total.total"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
