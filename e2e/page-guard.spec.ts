/** The guard of e2e/test.ts must be able to fail: each test here breaks the rule on purpose and is expected to fail. */
import { test } from "./test";

test("an inline script injected into the app is a CSP violation that fails the test", async ({ page }) => {
  test.fail();
  await page.goto("/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = 1";
    document.body.append(script);
  });
});

test("a violation in a second browser profile fails the test too", async ({ browser }) => {
  test.fail();
  const other = await (await browser.newContext()).newPage();
  await other.goto("/");
  await other.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = 1";
    document.body.append(script);
  });
});

test("an uncaught error in a popup fails the test", async ({ page }) => {
  test.fail();
  await page.goto("/");
  const popup = page.waitForEvent("popup");
  await page.evaluate(() => window.open("/favicon.svg"));
  const opened = await popup;
  const thrown = opened.waitForEvent("pageerror");
  await opened.evaluate(() =>
    setTimeout(() => {
      throw new Error("故意抛出的错误");
    }),
  );
  await thrown;
});
