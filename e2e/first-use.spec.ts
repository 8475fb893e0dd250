/** Features loaded on first use: a chunk that cannot be downloaded says so in Chinese and can be retried. */
import type { Page, Route } from "@playwright/test";
import { openFirstDraft } from "./drafts-helpers";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

// A service worker would answer chunk requests from its cache, out of page.route's sight.
test.use({ serviceWorkers: "block" });

/** Opens a first draft, then makes every script the first page did not load fail; gives the undo. */
async function cutOffLaterScripts(page: Page): Promise<() => Promise<void>> {
  const loaded = new Set<string>();
  const record = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === "script") loaded.add(request.url());
  };
  page.on("request", record);
  await openFirstDraft(page);
  page.off("request", record);
  const handler = (route: Route) =>
    loaded.has(route.request().url()) ? route.continue() : route.abort("internetdisconnected");
  await page.route("**/*.js", handler);
  return () => page.unroute("**/*.js", handler);
}

test("导出 Markdown whose code fails to load says so, and 重试 exports once the network is back", async ({ page }) => {
  const reconnect = await cutOffLaterScripts(page);
  await (await toolbarButton(page, "导出 Markdown")).click();
  // A new report is unfinished: the export notice first, as for 导出 Word.
  await page.getByRole("alertdialog").getByRole("button", { name: "仍然导出" }).click();
  const failure = page.getByRole("dialog", { name: "功能加载失败" });
  await expect(failure.getByRole("alert")).toContainText("功能加载失败，请检查网络后重试");
  await expect(page.locator('textarea[name="s6.body"]')).toBeVisible();

  await reconnect();
  const download = page.waitForEvent("download");
  await failure.getByRole("button", { name: "重试" }).click();
  expect((await download).suggestedFilename()).toBe("（未填写机关名称）（未填写年度）政府信息公开工作年度报告.md");
  await expect(failure).toHaveCount(0);
});

test("a dialog whose code fails to load can be cancelled, and opens on the next try", async ({ page }) => {
  const reconnect = await cutOffLaterScripts(page);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const failure = page.getByRole("dialog", { name: "功能加载失败" });
  await expect(failure).toContainText("请检查网络后重试");
  await failure.getByRole("button", { name: "取消" }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.getByRole("dialog", { name: "导入报告" })).toHaveCount(0);

  await page.getByRole("button", { name: "分享", exact: true }).click();
  await expect(failure).toContainText("请检查网络后重试");
  await reconnect();
  await failure.getByRole("button", { name: "重试" }).click();
  await expect(page.getByRole("dialog", { name: "分享给审阅人" })).toContainText(
    "任何拿到这个链接的人都能看到其中内容",
  );
  await page.getByRole("dialog", { name: "分享给审阅人" }).getByRole("button", { name: "关闭" }).click();

  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "导入报告" })).toBeVisible();
});
