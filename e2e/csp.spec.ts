import { expect, test } from "@playwright/test";

test("the built app is served with the strict CSP and runs without a violation", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toBe(
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  await page.locator('input[name="t3.received.natural"]').fill("3");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("3");
  await page
    .locator('textarea[name="s6.body"]')
    .fill('<script>window.pwned=1</script><img src=x onerror="window.pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
