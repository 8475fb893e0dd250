/**
 * #18: review as a real round trip between two browser profiles. Three rounds of share → comment → hand-back →
 * reply → share, with hand-backs and shares opened twice and out of order: every comment and reply is there once,
 * resolutions hold, the reviewer's one copy is updated in place and shows word-level changes; a forged file is
 * refused.
 */
import { createHash } from "node:crypto";
import type { Locator } from "@playwright/test";
import { canonicalJson } from "../src/review/canonical";
import { openFirstDraft } from "./drafts-helpers";
import { handBack, person, reviewPanel, shareLink, write } from "./review-helpers";
import { expect, test } from "./test";

test.setTimeout(240_000);

const FINGERPRINT = /[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/;

function commentItem(panel: Locator, text: string): Locator {
  return panel.locator(".review-comment").filter({ has: panel.page().locator(".review-text", { hasText: text }) });
}

async function reply(panel: Locator, comment: string, text: string) {
  const item = commentItem(panel, comment);
  await item.getByRole("textbox", { name: /^回复：/ }).fill(text);
  await item.getByRole("button", { name: "回复", exact: true }).click();
  await expect(item.locator(".review-replies")).toContainText(text);
}

/** Every comment and reply shown exactly once. */
async function expectOnce(panel: Locator, comments: string[], replies: string[]) {
  await expect(panel.locator(".review-comment")).toHaveCount(comments.length);
  for (const text of comments)
    await expect(panel.locator(".review-comment > .review-text", { hasText: text })).toHaveCount(1);
  await expect(panel.locator(".review-replies > li")).toHaveCount(replies.length);
  for (const text of replies)
    await expect(panel.locator(".review-replies .review-text", { hasText: text })).toHaveCount(1);
}

test("three rounds, hand-backs opened twice and out of order: nothing lost, nothing doubled, resolutions kept", async ({
  browser,
}) => {
  const clerk = await person(browser);
  const clerkDraft = await openFirstDraft(clerk);
  await write(clerk, "本机关全年主动公开政府信息。");
  const share1 = await shareLink(clerk);

  // Round 1: the reviewer comments; the clerk replies, resolves, and edits the paragraph.
  const reviewer = await person(browser);
  await reviewer.goto(share1);
  await expect(reviewer.getByText("已打开分享的报告")).toBeVisible();
  const copyId = new URL(reviewer.url()).searchParams.get("draft");
  const r = reviewPanel(reviewer);
  await r.giveName("李审阅");
  await r.comment("s6.body", "第一轮：请写明公开的数量。");
  await expect(r.panel.locator(".review-comment .review-meta").first()).toContainText(/李审阅（/);
  await expect(r.panel.locator(".review-comment .review-meta").first()).toContainText(FINGERPRINT);
  const back1 = await handBack(reviewer);

  await clerk.goto(back1.link);
  await expect(clerk.getByText("已收到李审阅的审阅意见：新增 1 条意见")).toBeVisible();
  expect(new URL(clerk.url()).searchParams.get("draft")).toBe(clerkDraft);
  const c = clerk.getByRole("complementary", { name: "审阅意见" });
  // The clerk replies and resolves at once: no name asked, she signs with her body's name.
  await expect(c.getByRole("textbox", { name: /您的姓名/ })).toHaveCount(0);
  await reply(c, "第一轮", "已补充公开数量。");
  await commentItem(c, "第一轮").getByRole("button", { name: "标记已解决" }).click();
  await expect(commentItem(c, "第一轮")).toContainText("已解决");
  await write(clerk, "本机关全年主动公开政府信息共计120条。");
  const share2 = await shareLink(clerk);

  // Round 2: the same copy, updated in place, with the clerk's reply and the changed words marked.
  await reviewer.goto(share2);
  await expect(reviewer.getByText("已更新您对这份报告的审阅副本")).toBeVisible();
  expect(new URL(reviewer.url()).searchParams.get("draft")).toBe(copyId);
  await expect(reviewer.locator('textarea[name="s6.body"]')).toHaveValue("本机关全年主动公开政府信息共计120条。");
  await expectOnce(r.panel, ["第一轮"], ["已补充公开数量。"]);
  await expect(commentItem(r.panel, "第一轮")).toContainText("已解决");
  const since = r.panel.getByRole("region", { name: "自我上次审阅以来的修改" });
  const change = since.locator('[data-path="s6.body"]');
  await expect(change.locator("ins")).toContainText("120");
  await expect(change.locator("del")).toHaveCount(0);
  await r.comment("s6.body", "第二轮：120条与表一不一致。");
  const back2 = await handBack(reviewer);

  // The clerk opens round 2's hand-back, then round 1's again: nothing comes back, nothing is lost.
  await clerk.goto(back2.link);
  await expect(clerk.getByText("新增 1 条意见")).toBeVisible();
  await clerk.goto(back1.link);
  await expect(clerk.getByText("此前已经打开过")).toBeVisible();
  await expectOnce(c, ["第一轮", "第二轮"], ["已补充公开数量。"]);
  await expect(commentItem(c, "第一轮")).toContainText("已解决");
  await reply(c, "第二轮", "已与表一核对一致。");
  await write(clerk, "本机关全年主动公开政府信息共计118条。");
  const share3 = await shareLink(clerk);

  // Round 3: the newer share, then the older one again: the copy keeps the newer report.
  await reviewer.goto(share3);
  await expect(reviewer.getByText("已更新您对这份报告的审阅副本")).toBeVisible();
  await reviewer.goto(share2);
  await expect(reviewer.getByText("较早的分享")).toBeVisible();
  expect(new URL(reviewer.url()).searchParams.get("draft")).toBe(copyId);
  await expect(reviewer.locator('textarea[name="s6.body"]')).toHaveValue("本机关全年主动公开政府信息共计118条。");
  await expectOnce(r.panel, ["第一轮", "第二轮"], ["已补充公开数量。", "已与表一核对一致。"]);
  await expect(change.locator("del")).toContainText("120");
  await expect(change.locator("ins")).toContainText("118");
  await r.comment("s6.body", "第三轮：可以了。");
  await commentItem(r.panel, "第二轮").getByRole("button", { name: "标记已解决" }).click();
  const back3 = await handBack(reviewer, true);

  await clerk.goto(back3.link);
  await expect(clerk.getByText(/新增 1 条意见、1 项其他处理/)).toBeVisible();
  await clerk.goto(back2.link);
  await expect(clerk.getByText("此前已经打开过")).toBeVisible();
  await clerk.goto(back3.link);
  await expect(clerk.getByText("此前已经打开过")).toBeVisible();
  await expectOnce(c, ["第一轮", "第二轮", "第三轮"], ["已补充公开数量。", "已与表一核对一致。"]);
  await expect(commentItem(c, "第一轮")).toContainText("已解决");
  await expect(commentItem(c, "第二轮")).toContainText("已解决");
  await expect(clerk.getByRole("button", { name: "审阅意见（1）" })).toBeVisible();

  // A forged hand-back: the first comment's entry kept (same id) with another text, the checksum recomputed.
  const forged = JSON.parse(back3.file ?? "");
  const genuine = forged.body.entries.find((e: { body: { text?: string } }) => e.body.text?.startsWith("第一轮"));
  genuine.body.text = "第一轮：已核实无误。";
  forged.checksum = createHash("sha256").update(canonicalJson(forged.body)).digest("hex");
  await clerk.getByRole("button", { name: "返回草稿列表" }).click();
  await clerk.getByLabel("选择分享或意见文件").setInputFiles({
    name: "审阅意见.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(forged)),
  });
  await expect(clerk.getByRole("alert").filter({ hasText: "签名与内容不符" })).toBeVisible();
  await clerk.goto(`${new URL(clerk.url()).origin}/?draft=${clerkDraft}`);
  await expectOnce(c, ["第一轮", "第二轮", "第三轮"], ["已补充公开数量。", "已与表一核对一致。"]);
  await expect(c).not.toContainText("已核实无误");
});

test("authors edit and delete their own comments and replies; the other side sees it in the next file", async ({
  browser,
}) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  const reviewer = await person(browser);
  await reviewer.goto(await shareLink(clerk));
  const r = reviewPanel(reviewer);
  await r.giveName("王审阅");
  await r.comment("s6.body", "原来的意见");
  await r.comment("s6.body", "写错的意见");
  await clerk.goto((await handBack(reviewer)).link);
  const c = clerk.getByRole("complementary", { name: "审阅意见" });
  await reply(c, "原来的意见", "收到");
  // Someone else's comment: the clerk may reply, not change or delete it.
  await expect(commentItem(c, "原来的意见").getByRole("button", { name: "修改这条意见" })).toHaveCount(0);
  await expect(commentItem(c, "原来的意见").getByRole("button", { name: "删除这条意见" })).toHaveCount(0);
  await reviewer.goto(await shareLink(clerk));
  await expect(reviewer.getByText("已更新您对这份报告的审阅副本")).toBeVisible();

  const item = commentItem(r.panel, "原来的意见");
  await item.getByRole("button", { name: "修改这条意见" }).click();
  // While it is being changed the text is in the box, so the box is found in the panel.
  await r.panel.getByRole("textbox", { name: "修改意见" }).fill("改过的意见");
  await r.panel.getByRole("button", { name: "保存修改" }).click();
  await expect(commentItem(r.panel, "改过的意见")).toContainText("已修改");
  const wrong = commentItem(r.panel, "写错的意见");
  await wrong.getByRole("button", { name: "删除这条意见" }).click();
  await wrong.getByRole("button", { name: "确认删除" }).click();
  await expect(r.panel.locator(".review-comment")).toHaveCount(1);
  // The clerk's reply stays: it is not the reviewer's to delete.
  await expect(commentItem(r.panel, "改过的意见").locator(".review-replies")).toContainText("收到");

  await clerk.goto((await handBack(reviewer)).link);
  await expectOnce(c, ["改过的意见"], ["收到"]);
  await expect(c).not.toContainText("写错的意见");
});

test("待审阅 → 退回修改 → 已通过, bound to the approved version: an edit afterwards shows 通过后已修改", async ({
  browser,
}) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  await write(clerk, "第一稿。");
  const reviewer = await person(browser);
  await reviewer.goto(await shareLink(clerk));
  const r = reviewPanel(reviewer);
  await r.giveName("赵审阅");
  const reviewerState = r.panel.getByRole("region", { name: "审阅状态" });
  await expect(reviewerState).toHaveAttribute("data-state", "待审阅");
  await reviewerState.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewerState).toHaveAttribute("data-state", "退回修改");
  await clerk.goto((await handBack(reviewer)).link);
  const clerkState = clerk.getByRole("complementary", { name: "审阅意见" }).getByRole("region", { name: "审阅状态" });
  await expect(clerkState).toHaveAttribute("data-state", "退回修改");
  await expect(clerkState).toContainText(/赵审阅（/);

  await write(clerk, "第二稿，已按意见修改。");
  await reviewer.goto(await shareLink(clerk));
  await expect(clerkState).toHaveAttribute("data-state", "待审阅");
  await expect(reviewerState).toHaveAttribute("data-state", "待审阅");
  await reviewerState.getByRole("button", { name: "通过这一版本" }).click();
  await expect(reviewerState).toHaveAttribute("data-state", "已通过");
  await clerk.goto((await handBack(reviewer)).link);
  await expect(clerkState).toHaveAttribute("data-state", "已通过");

  await write(clerk, "第二稿，已按意见修改，又加一句。");
  await expect(clerkState).toHaveAttribute("data-state", "通过后已修改");
  const changed = clerkState.getByRole("region", { name: "通过后的修改" }).locator('[data-path="s6.body"]');
  await expect(changed.locator("ins")).toContainText("又加一句");
  await write(clerk, "第二稿，已按意见修改。");
  await expect(clerkState).toHaveAttribute("data-state", "已通过");
});
