/** Review without a server: a clerk and a reviewer, each in their own browser profile, as people would. */
import { deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { cell } from "./authoring-helpers";
import { downloadedText, openFirstDraft, storedDraft } from "./drafts-helpers";
import { person, reviewPanel, shareLink } from "./review-helpers";
import { expect, test } from "./test";

test.setTimeout(120_000);

async function typeInCell(page: Page, path: string, text: string) {
  await cell(page, path).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

test("clerk shares, reviewer comments and hands back, clerk sees comments in place and changes since", async ({
  browser,
}) => {
  const clerk = await person(browser);
  const clerkDraft = await openFirstDraft(clerk);
  await typeInCell(clerk, "t2.penalty.decisions", "5");
  await clerk.locator('textarea[name="s6.body"]').fill("本机关全年主动公开政府信息。");
  await expect(clerk.getByText("已保存")).toBeVisible();
  const link = await shareLink(clerk);
  expect(link).toMatch(/#xxgk1\./);

  // The reviewer already has a draft of their own; opening the link must leave it alone.
  const reviewer = await person(browser);
  const ownDraft = await openFirstDraft(reviewer);
  await reviewer.locator('textarea[name="s6.body"]').fill("审阅人自己的草稿");
  await expect(reviewer.getByText("已保存")).toBeVisible();
  const ownBefore = await storedDraft(reviewer, ownDraft);

  await reviewer.goto(link);
  await expect(reviewer.getByText("已打开分享的报告")).toBeVisible();
  expect(new URL(reviewer.url()).hash).toBe("");
  const copyId = new URL(reviewer.url()).searchParams.get("draft");
  expect(copyId).not.toBe(ownDraft);
  expect(copyId).not.toBe(clerkDraft);
  await expect(cell(reviewer, "t2.penalty.decisions")).toHaveValue("5");
  await expect(cell(reviewer, "t2.penalty.decisions")).toHaveAttribute("readonly", "");

  const { panel, giveName, comment } = reviewPanel(reviewer);
  await giveName("李审阅");
  await comment("t2.penalty.decisions", "处罚决定数与台账不符，请核实。");
  await comment("s6.body", "请补充存在的主要问题。");

  const finding = reviewer.locator(".findings [data-fingerprint]").first();
  const fingerprint = await finding.getAttribute("data-fingerprint");
  await finding.click();
  await panel.getByRole("button", { name: "标记为不适用" }).click();
  await expect(panel.getByRole("alert")).toContainText("请先填写理由");
  await panel.getByRole("textbox", { name: "处理理由" }).fill("本机关当年无此类事项");
  await panel.getByRole("button", { name: "标记为不适用" }).click();
  await expect(reviewer.locator(`[data-fingerprint="${fingerprint}"]`)).toHaveAttribute(
    "data-disposition",
    "不适用：本机关当年无此类事项",
  );
  await expect(panel.locator(".review-comment")).toHaveCount(2);

  await reviewer.getByRole("button", { name: "退回意见" }).click();
  const handBack = reviewer.getByRole("dialog", { name: "退回审阅意见" });
  await expect(handBack).toContainText("共 2 条意见");
  const handBackLink = await handBack.getByRole("textbox", { name: /^链接/ }).inputValue();

  // The reviewer's own draft is exactly as it was.
  expect(await storedDraft(reviewer, ownDraft)).toEqual(ownBefore);

  await clerk.goto(handBackLink);
  await expect(clerk.getByText("已收到李审阅的审阅意见：新增 2 条意见")).toBeVisible();
  expect(new URL(clerk.url()).searchParams.get("draft")).toBe(clerkDraft);
  const clerkPanel = clerk.getByRole("complementary", { name: "审阅意见" });
  await expect(clerkPanel).toContainText("处罚决定数与台账不符，请核实。");
  await expect(clerkPanel).toContainText("请补充存在的主要问题。");
  await expect(cell(clerk, "t2.penalty.decisions")).toHaveAttribute("data-review-comments", "1");
  await expect(clerk.locator('textarea[name="s6.body"]')).toHaveAttribute("data-review-comments", "1");
  await expect(clerkPanel).toContainText("不适用");
  const changes = clerkPanel.getByRole("region", { name: "自审阅版本以来的修改" });
  await expect(changes).toContainText("还没有修改");

  await typeInCell(clerk, "t2.penalty.decisions", "8");
  await expect(changes.locator('[data-path="t2.penalty.decisions"]')).toContainText("5 → 8");
  await expect(changes.locator("li")).toHaveCount(1);
});

test("a tampered link and a truncated link are refused with a message", async ({ browser }) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  const link = await shareLink(clerk);
  const [base, fragment] = link.split("#");

  const reviewer = await person(browser);
  await reviewer.goto(`${base}#${fragment.slice(0, Math.floor(fragment.length * 0.6))}`);
  await expect(reviewer.getByText("链接不完整，可能在复制或转发时被截断")).toBeVisible();
  expect(new URL(reviewer.url()).hash).toBe("");

  const at = fragment.length - 10;
  const tampered = fragment.slice(0, at) + (fragment[at] === "A" ? "B" : "A") + fragment.slice(at + 1);
  await reviewer.goto(`${base}#${tampered}`);
  await expect(reviewer.getByRole("alert").filter({ hasText: /截断|改动|损坏/ })).toBeVisible();

  await reviewer.goto(`${base}#xxgk9.abc`);
  await expect(reviewer.getByText("更新版本的年报编制工具生成")).toBeVisible();
});

test("#14: a link or a file built to unpack to hundreds of megabytes is refused with a message, drafts intact", async ({
  browser,
}) => {
  const reviewer = await person(browser);
  await openFirstDraft(reviewer);
  await typeInCell(reviewer, "t2.penalty.decisions", "6");
  await expect(reviewer.getByText("已保存")).toBeVisible();
  const base = reviewer.url().split("?")[0];
  // 300 MB of JSON deflates to about 300 KB: a link of some 400,000 characters.
  const bomb = deflateSync(Buffer.from(`{"x":"${"a".repeat(300 * 1024 * 1024)}"}`)).toString("base64url");
  // Unpacking stops at 20 MB, so the page answers instead of running out of memory (the time is a bench figure's
  // business, not this test's).
  await reviewer.goto(`${base}#xxgk1.${bomb}`);
  await expect(reviewer.getByText("内容超过 20 MB")).toBeVisible({ timeout: 20_000 });

  await reviewer.goto(base);
  const chooser = reviewer.getByLabel("选择分享或意见文件");
  await chooser.setInputFiles({
    name: "big.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(21 * 1024 * 1024, 32),
  });
  await expect(reviewer.getByRole("alert")).toContainText("内容超过 20 MB");
  await expect(reviewer.locator("tr[data-draft-id]")).toHaveCount(1);
});

test("a share file opens as a review copy from the draft list; a file that is not ours is refused", async ({
  browser,
}) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  await typeInCell(clerk, "t2.penalty.decisions", "3");
  await clerk.getByRole("button", { name: "分享", exact: true }).click();
  const dialog = clerk.getByRole("dialog", { name: "分享给审阅人" });
  const text = await downloadedText(clerk, () => dialog.getByRole("button", { name: "下载分享文件" }).click());

  const reviewer = await person(browser);
  await openFirstDraft(reviewer);
  await reviewer.getByRole("button", { name: "返回草稿列表" }).click();
  const chooser = reviewer.getByLabel("选择分享或意见文件");
  await chooser.setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(reviewer.getByRole("alert")).toContainText("不是年报编制工具的分享或退回意见");
  await chooser.setInputFiles({ name: "share.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(reviewer.getByText("已打开分享的报告")).toBeVisible();
  await expect(cell(reviewer, "t2.penalty.decisions")).toHaveValue("3");
  await expect(reviewer.getByRole("button", { name: "退回意见" })).toBeVisible();
  // In the reviewer's list the copy is told apart from the reviewer's own draft.
  await reviewer.getByRole("button", { name: "返回草稿列表" }).click();
  const copyRow = reviewer.getByRole("row").filter({ hasText: "审阅副本（只读）" });
  await expect(copyRow).toHaveCount(1);
  // Someone else's report is not rolled forward into the reviewer's next year.
  await expect(copyRow.getByRole("button", { name: /^下一年度/ })).toHaveCount(0);
  // The reviewer's own draft is blank: unfinished, not wrong.
  await expect(reviewer.getByRole("row").filter({ hasText: "尚未填完" })).toHaveCount(1);
});

test("a hand-back shows at once in the clerk's tabs that have the draft open: no reload", async ({ browser }) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  await typeInCell(clerk, "t2.penalty.decisions", "4");
  await expect(clerk.getByText("已保存")).toBeVisible();
  const link = await shareLink(clerk);
  // The same draft in a second tab of the clerk's (read-only there: the first tab writes).
  const otherTab = await clerk.context().newPage();
  await otherTab.goto(clerk.url());
  await expect(otherTab.getByRole("button", { name: /审阅意见/ })).toBeVisible();

  const reviewer = await person(browser);
  await reviewer.goto(link);
  const { giveName, comment } = reviewPanel(reviewer);
  await giveName("王审阅");
  await comment("t2.penalty.decisions", "请核对处罚决定数。");
  await reviewer.getByRole("button", { name: "退回意见" }).click();
  const handBack = await reviewer
    .getByRole("dialog", { name: "退回审阅意见" })
    .getByRole("textbox", { name: /^链接/ })
    .inputValue();

  // The link pasted into the address bar of the open draft changes only the fragment: no page load.
  await clerk.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await clerk.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(handBack).hash);
  await expect(clerk.getByText("已收到王审阅的审阅意见：新增 1 条意见")).toBeVisible();
  await expect(clerk.getByRole("complementary", { name: "审阅意见" })).toContainText("请核对处罚决定数。");
  await expect(cell(clerk, "t2.penalty.decisions")).toHaveAttribute("data-review-comments", "1");
  expect(await clerk.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(otherTab.getByRole("button", { name: "审阅意见（1）" })).toBeVisible();
  await expect(cell(otherTab, "t2.penalty.decisions")).toHaveAttribute("data-review-comments", "1");
});

test("#14: a comment's author can delete it (the clerk is never asked for a name); thousands of comments show a page at a time", async ({
  page,
}) => {
  const id = await openFirstDraft(page);
  await page.getByRole("button", { name: /^审阅意见/ }).click();
  const panel = reviewPanel(page);
  await panel.comment("t2.penalty.decisions", "这条写错了");
  const item = panel.panel.getByRole("listitem").filter({ hasText: "这条写错了" });
  await item.getByRole("button", { name: "删除这条意见" }).click();
  await item.getByRole("button", { name: "确认删除" }).click();
  await expect(panel.panel.getByText("这条写错了")).toHaveCount(0);
  await page.reload();
  await page.getByRole("button", { name: /^审阅意见/ }).click();
  await expect(reviewPanel(page).panel).toContainText("还没有意见");

  // Someone else's comments: no 删除; 120 of them show 50 at a time.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const at = new Date().toISOString();
        const comments = Array.from({ length: 120 }, (_, i) => ({
          id: `c${i}`,
          target: { kind: "field", path: "s6.body" },
          author: "审阅人",
          at,
          text: `第${i + 1}条意见`,
          resolved: false,
          replies: [],
        }));
        const open = indexedDB.open("nianbao-drafts");
        open.onsuccess = () => {
          const tx = open.result.transaction("records", "readwrite");
          tx.objectStore("records").put({ comments, dispositions: [], shares: [], reviewedHash: null }, `review/${id}`);
          tx.oncomplete = () => resolve();
        };
      }),
    id,
  );
  await page.reload();
  const list = page.getByRole("region", { name: "意见列表" });
  await expect(list.getByRole("listitem")).toHaveCount(50);
  await expect(list.getByRole("button", { name: "删除" })).toHaveCount(0);
  await list.getByRole("button", { name: /^再显示50条/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(100);
  await list.getByRole("button", { name: /^再显示20条/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(120);
});

test("the 审阅意见 panel docks in the side column beside the form, where the banner says it is", async ({
  browser,
}) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  await typeInCell(clerk, "t2.penalty.decisions", "5");
  const link = await shareLink(clerk);

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const reviewer = await context.newPage();
  await reviewer.goto(link);
  await expect(reviewer.getByText(/请在右侧“审阅意见”中写意见/)).toBeVisible();
  const { panel } = reviewPanel(reviewer);
  const toggle = reviewer.getByRole("button", { name: /^审阅意见/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(panel).toBeVisible();
  const form = await reviewer.locator("#report-main").boundingBox();
  const box = await panel.boundingBox();
  if (!form || !box) throw new Error("no layout");
  expect(box.x).toBeGreaterThanOrEqual(form.x + form.width - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(1920);
  expect(box.y).toBeGreaterThanOrEqual(form.y - 1);
  // The findings stay above it, to be clicked and commented on.
  const findings = await reviewer.locator("#side-panel").boundingBox();
  expect(findings && findings.y + findings.height).toBeLessThanOrEqual(box.y + 1);

  await panel.getByRole("button", { name: "收起" }).click();
  await expect(panel).toHaveCount(0);
  await expect(reviewer.getByRole("complementary", { name: "检查结果" })).toBeVisible();
  await context.close();
});
