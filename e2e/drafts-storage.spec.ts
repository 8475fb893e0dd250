import type { Page } from "@playwright/test";
import { CURRENT_VERSION } from "../src/drafts/migrations";
import {
  downloadedText,
  fixture,
  getRecord,
  onOrigin,
  openFirstDraft,
  putRecords,
  saveStatus,
  storedDraft,
} from "./drafts-helpers";
import { reviewPanel } from "./review-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 120_000 });

const body = (page: Page) => page.locator('textarea[name="s6.body"]');
const organ = (page: Page) => page.locator('input[name="meta.organ"]');

test("R7: a draft stored by an older version migrates, and its raw record is kept until the migrated one is saved", async ({
  page,
}) => {
  const v1 = fixture("v1.json");
  await onOrigin(page);
  await putRecords(page, { "d/fixture-v1": v1 });
  await page.goto("/?draft=fixture-v1");
  await expect(organ(page)).toHaveValue("西工区红山街道办事处", { timeout: 20_000 });
  await expect(page.getByText("由旧版本保存（格式版本 1）")).toBeVisible();
  await expect(page.locator('input[name="t3.carriedForward.natural"]')).toHaveValue("两件");
  expect(await getRecord(page, "d/fixture-v1")).toBe(v1);

  await body(page).fill("迁移后第一次保存");
  await expect(saveStatus(page)).toHaveText("已保存");
  const saved = await storedDraft(page, "fixture-v1");
  expect(saved).toMatchObject({ version: CURRENT_VERSION, revision: 5, report: { s6: { body: "迁移后第一次保存" } } });
  expect(await getRecord(page, "pre/fixture-v1")).toBe(v1);
});

test("R8: a draft from a newer app version opens read-only with an explanation and is never rewritten", async ({
  page,
}) => {
  const v2 = JSON.parse(fixture("v2.json"));
  const newer = JSON.stringify({ ...v2, id: "from-future", version: 99, features: ["新东西"] });
  await onOrigin(page);
  await putRecords(page, { "d/from-future": newer });
  await page.goto("/");
  const row = page.locator('tr[data-draft-id="from-future"]');
  await expect(row).toContainText("新版本数据（只读）", { timeout: 20_000 });
  await expect(row.getByRole("button", { name: /^删除/ })).toHaveCount(0);
  await row.getByRole("button", { name: /^打开/ }).click();
  await expect(page.getByText("由更新版本的年报编制保存（格式版本 99）")).toBeVisible();
  await expect(body(page)).toHaveAttribute("readonly", "");
  await expect(organ(page)).toHaveValue("西工区红山街道办事处");
  await page.reload();
  await expect(body(page)).toBeVisible({ timeout: 20_000 });
  expect(await getRecord(page, "d/from-future")).toBe(newer);
});

test("R9: corrupt records are quarantined, listed, exportable raw, and never opened as an empty draft", async ({
  page,
}) => {
  const badJson = '{"type":"nianbao-draft","version":2,"id":"cut-off","rev';
  const badShape = JSON.stringify({ ...JSON.parse(fixture("v2.json")), id: "bad-shape", report: { meta: {} } });
  await onOrigin(page);
  await putRecords(page, { "d/cut-off": badJson, "d/bad-shape": badShape });

  await page.goto("/?draft=cut-off");
  await expect(page.getByText("这份草稿的记录已损坏，无法打开")).toBeVisible({ timeout: 20_000 });
  await expect(body(page)).toHaveCount(0);
  await page.getByRole("button", { name: "返回草稿列表" }).click();

  const quarantine = page.getByRole("region", { name: /无法打开的记录/ });
  await expect(quarantine).toContainText("无法打开的记录（2）");
  await expect(quarantine).toContainText("记录 cut-off：记录不是有效的 JSON");
  await expect(quarantine).toContainText("记录 bad-shape：报告内容不符合格式");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(0);
  const raw = await downloadedText(page, () =>
    quarantine.getByRole("button", { name: "导出原始内容：记录 cut-off" }).click(),
  );
  expect(raw).toBe(badJson);
  expect(await getRecord(page, "d/cut-off")).toBeUndefined();
});

test("#14: a malformed quarantine or summary record never blanks the list; the drafts show and it is listed", async ({
  page,
}) => {
  await onOrigin(page);
  const good = fixture("v2.json");
  const id = JSON.parse(good).id as string;
  await putRecords(page, {
    [`d/${id}`]: good,
    [`i/${id}`]: { summaryVersion: 2, id, organ: { x: 1 }, findings: "many" },
    "q/bad": { id: "bad", reason: { x: 1 }, raw: "x" },
  });
  await page.goto("/");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1, { timeout: 20_000 });
  const quarantine = page.getByRole("region", { name: /无法打开的记录/ });
  await expect(quarantine).toContainText("记录 bad：隔离记录本身格式有误");
  const raw = await downloadedText(page, () =>
    quarantine.getByRole("button", { name: "导出原始内容：记录 bad" }).click(),
  );
  expect(JSON.parse(raw)).toEqual({ id: "bad", reason: { x: 1 }, raw: "x" });
});

test("#14: a backup planting a malformed record is refused whole, with a message, and nothing is written", async ({
  page,
}) => {
  await onOrigin(page);
  const good = fixture("v2.json");
  const id = JSON.parse(good).id as string;
  await putRecords(page, { [`d/${id}`]: good });
  await page.goto("/");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1, { timeout: 20_000 });
  const planted = JSON.stringify({
    type: "nianbao-backup",
    version: 1,
    exportedAt: "x",
    drafts: [],
    quarantined: [{ id: "bad", reason: { x: 1 }, raw: "x" }],
  });
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(planted),
  });
  await expect(page.getByText(/格式有误.*本机草稿没有任何改动/)).toBeVisible();
  expect(await getRecord(page, "q/bad")).toBeUndefined();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
});

for (const name of ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"]) {
  test(`R10/R15: ${name} shows a Chinese banner, never 已保存, keeps the edit, exports, and retries`, async ({
    page,
  }) => {
    await page.addInitScript((errorName) => {
      const w = window as unknown as { __full: boolean };
      w.__full = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore["put"]>) {
        if (w.__full) throw new DOMException("The quota has been exceeded.", errorName);
        return put.apply(this, args);
      };
    }, name);
    const id = await openFirstDraft(page);
    await page.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = true;
    });
    await body(page).fill("空间满时输入的内容");
    await expect(saveStatus(page)).toHaveText("未保存（浏览器存储空间已满）");
    const banner = page.getByRole("alert");
    await expect(banner).toContainText("浏览器存储空间已满，最近的修改没有保存到浏览器");
    await expect(saveStatus(page)).not.toHaveText("已保存");
    await expect(body(page)).toHaveValue("空间满时输入的内容");

    const backup = JSON.parse(
      await downloadedText(page, () => banner.getByRole("button", { name: "下载备份" }).click()),
    );
    expect(backup.drafts.find((d: { id: string }) => d.id === id).report.s6.body).toBe("空间满时输入的内容");

    await page.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = false;
    });
    await banner.getByRole("button", { name: "重试保存" }).click();
    await expect(saveStatus(page)).toHaveText("已保存");
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect((await storedDraft(page, id))?.report.s6.body).toBe("空间满时输入的内容");
  });
}

test("#14: with storage full, 分享 still offers the link, and a comment that cannot be stored stays in its box", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __full: boolean };
    w.__full = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore["put"]>) {
      if (w.__full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  await openFirstDraft(page);
  await page.evaluate(() => {
    (window as unknown as { __full: boolean }).__full = true;
  });
  await page.getByRole("button", { name: "分享", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "分享给审阅人" });
  await expect(dialog.getByRole("alert")).toContainText("浏览器存储空间已满");
  await expect(dialog.getByRole("textbox", { name: /^链接/ })).toHaveValue(/#xxgk1\./);
  await dialog.getByRole("button", { name: "关闭" }).click();

  await page.getByRole("button", { name: /^审阅意见/ }).click();
  const panel = reviewPanel(page);
  await panel.comment("t2.penalty.decisions", "请核对行政处罚数");
  await expect(panel.panel.getByRole("alert")).toContainText("保存意见没有完成：浏览器存储空间已满");
  await expect(panel.panel.getByRole("textbox", { name: "评论内容" })).toHaveValue("请核对行政处罚数");
  await page.evaluate(() => {
    (window as unknown as { __full: boolean }).__full = false;
  });
  await panel.panel.getByRole("button", { name: "添加评论" }).click();
  await expect(panel.panel.getByRole("textbox", { name: "评论内容" })).toHaveValue("");
  await expect(panel.panel.getByRole("alert")).toHaveCount(0);
  await expect(panel.panel).toContainText("请核对行政处罚数");
});

test("R11: without IndexedDB the app works in memory and says 未保存到浏览器，请导出", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException(
        "A mutation operation was attempted on a database that did not allow mutations.",
        "InvalidStateError",
      );
    };
  });
  await page.clock.install();
  await page.goto("/");
  await expect(body(page)).toBeVisible({ timeout: 20_000 });
  const banner = page.getByRole("alert");
  await expect(banner).toContainText("未保存到浏览器，请导出");
  await body(page).fill("只在内存中的内容");
  await expect(saveStatus(page)).toHaveText("未保存（浏览器存储不可用，请导出）");
  // Well past the autosave's longest wait: the write to memory ran, and still nothing claims 已保存.
  await page.clock.runFor(5_000);
  await expect(saveStatus(page)).toHaveText("未保存（浏览器存储不可用，请导出）");
  const backup = JSON.parse(await downloadedText(page, () => banner.getByRole("button", { name: "下载备份" }).click()));
  expect(backup.drafts[0].report.s6.body).toBe("只在内存中的内容");

  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.getByRole("alert")).toContainText("未保存到浏览器，请导出");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
});

test.describe("R12: the IndexedDB connection is closed under the app", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __dbs: IDBDatabase[]; __failOpen: boolean };
      w.__dbs = [];
      w.__failOpen = false;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (...args: Parameters<IDBFactory["open"]>) {
        if (w.__failOpen) throw new DOMException("The connection was closed.", "InvalidStateError");
        const request = open.apply(this, args);
        request.addEventListener("success", () => w.__dbs.push(request.result));
        return request;
      };
    });
  });
  /** Closes every connection once the editor has read what it reads on opening (the 定稿 record included). */
  const closeAll = async (page: Page, failOpen: boolean) => {
    await expect(page.getByRole("button", { name: "定稿", exact: true })).toBeEnabled();
    await page.evaluate((fail) => {
      const w = window as unknown as { __dbs: IDBDatabase[]; __failOpen: boolean };
      for (const db of w.__dbs) db.close();
      w.__failOpen = fail;
    }, failOpen);
  };

  test("reopens once and saves", async ({ page }) => {
    const id = await openFirstDraft(page);
    await closeAll(page, false);
    await body(page).fill("断开后输入");
    await expect(saveStatus(page)).toHaveText("已保存");
    expect((await storedDraft(page, id))?.report.s6.body).toBe("断开后输入");
  });

  test("when reopening fails too, says so like R10 and retries later", async ({ page }) => {
    const id = await openFirstDraft(page);
    await closeAll(page, true);
    await body(page).fill("断开且无法重连时输入");
    await expect(saveStatus(page)).toHaveText("未保存（与浏览器存储的连接中断）");
    await expect(page.getByRole("alert")).toContainText("与浏览器存储的连接中断，重新连接也没有成功");
    await page.evaluate(() => {
      (window as unknown as { __failOpen: boolean }).__failOpen = false;
    });
    await page.getByRole("button", { name: "重试保存" }).click();
    await expect(saveStatus(page)).toHaveText("已保存");
    expect((await storedDraft(page, id))?.report.s6.body).toBe("断开且无法重连时输入");
  });
});
