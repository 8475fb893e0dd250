import { expect, test } from "./test";

test("after one visit the app loads and works with the network off", async ({ context, page }) => {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await page.locator('input[name="t3.received.natural"]').fill("4");
  await expect(page.locator('output[name="t3.received.total"]')).toHaveText("4");
  await context.setOffline(false);
});
