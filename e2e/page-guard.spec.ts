/** The guard of e2e/test.ts must be able to fail: each test here breaks the rule on purpose and is expected to fail. */
import type { Page } from "@playwright/test";
import { test } from "./test";

/** What an XSS would do: add a script element with inline code, which the CSP refuses. */
async function injectInlineScript(page: Page) {
  await page.goto("/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = 1";
    document.body.append(script);
  });
}

test("an inline script injected into the app is a CSP violation that fails the test", async ({ page }) => {
  test.fail();
  await injectInlineScript(page);
});

test("a violation in a second browser profile fails the test too", async ({ browser }) => {
  test.fail();
  await injectInlineScript(await (await browser.newContext()).newPage());
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
