import type { Page } from "@playwright/test";
import { openFirstDraft, saveStatus, storedDraft } from "./drafts-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 150_000 });

const body = (page: Page) => page.locator('textarea[name="s6.body"]');
const readOnlyBanner = (page: Page) => page.getByText("这份草稿正在另一个标签页中编辑");

test("R4: the same draft in two tabs: one writes, the other is read-only and can take over; nothing is overwritten", async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await openFirstDraft(first);
  const second = await context.newPage();
  await second.goto(`/?draft=${id}`);
  await expect(readOnlyBanner(second)).toBeVisible({ timeout: 20_000 });
  await expect(body(second)).toHaveAttribute("readonly", "");
  await expect(readOnlyBanner(first)).toHaveCount(0);

  // The writer's saves reach the read-only tab.
  await body(first).fill("第一个标签页写的");
  await expect(saveStatus(first)).toHaveText("已保存");
  await expect(body(second)).toHaveValue("第一个标签页写的");

  // Take over: the first tab saves what it has, then becomes read-only.
  await body(first).fill("接管前最后一句");
  await second.getByRole("button", { name: "接管编辑" }).click();
  await expect(readOnlyBanner(second)).toHaveCount(0);
  await expect(body(second)).not.toHaveAttribute("readonly");
  await expect(body(second)).toHaveValue("接管前最后一句");
  await expect(first.getByText("另一个标签页接管了这份草稿的编辑")).toBeVisible();
  await expect(body(first)).toHaveAttribute("readonly", "");

  await body(second).fill("第二个标签页接管后写的");
  await expect(saveStatus(second)).toHaveText("已保存");
  await expect(body(first)).toHaveValue("第二个标签页接管后写的");

  // The first tab coming back to the front writes nothing (the stale-tab case).
  await first.bringToFront();
  // A write it started would be queued before this read-write transaction of the same page, so once this one
  // completes, any write of that tab has landed.
  await first.evaluate(
    () =>
      new Promise<void>((resolve) => {
        document.dispatchEvent(new Event("visibilitychange"));
        const open = indexedDB.open("nianbao-drafts");
        open.onsuccess = () => {
          const tx = open.result.transaction("records", "readwrite");
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  expect((await storedDraft(first, id))?.report.s6.body).toBe("第二个标签页接管后写的");
});

test("R4: a tab closing releases the draft for the next one that opens it", async ({ context }) => {
  const first = await context.newPage();
  const id = await openFirstDraft(first);
  await body(first).fill("关闭前");
  await expect(saveStatus(first)).toHaveText("已保存");
  await first.close();
  const second = await context.newPage();
  await second.goto(`/?draft=${id}`);
  await expect(body(second)).toHaveValue("关闭前", { timeout: 20_000 });
  await expect(body(second)).not.toHaveAttribute("readonly");
  await expect(readOnlyBanner(second)).toHaveCount(0);
});
