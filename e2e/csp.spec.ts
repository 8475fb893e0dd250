import { expect, test } from "./test";

// Violations themselves fail any test (e2e/test.ts); this one checks the header and typed markup that stays text.
test("the built app is served with the strict CSP and runs without a violation", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toBe(
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  await page.locator('input[name="t3.received.natural"]').fill("3");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("3");
  await page
    .locator('textarea[name="s6.body"]')
    .fill('<script>window.pwned=1</script><img src=x onerror="window.pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
