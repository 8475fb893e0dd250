/** Every screen and dialog of the app, in the states a clerk meets them, holds no serious or critical axe violation. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { DraftEnvelope } from "../src/drafts/envelope";
import { toJson } from "../src/formats";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { cell } from "./authoring-helpers";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { fixture, onOrigin, openFirstDraft, putRecords, saveStatus } from "./drafts-helpers";
import { openShareDialog, person, reviewPanel } from "./review-helpers";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

test.describe.configure({ timeout: 150_000 });

/** Serious and critical axe violations of what is on screen now, summarised so a failure says what and where. */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, screen).toEqual([]);
}

test("the editor: blank, with findings, import (with an error), preview, publish, print, share", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await openFirstDraft(page);
  await expectAccessible(page, "编辑器（空白报告）");

  await cell(page, "t3.received.natural").fill("3");
  await expect(page.locator('[data-check="balance"]').first()).toBeVisible();
  await cell(page, "t3.received.natural").focus();
  await expectAccessible(page, "编辑器（有检查结果，焦点在有错误的单元格）");

  await page.locator(".prose-guide summary").first().click();
  await page.getByRole("button", { name: "三、收到和处理政府信息公开申请情况：填表说明" }).click();
  await expectAccessible(page, "填表说明对话框，填写要点已展开");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "导入", exact: true }).click();
  const importDialog = page.getByRole("dialog", { name: "导入报告" });
  await expectAccessible(page, "导入对话框");
  await page
    .getByLabel(/选择文件/)
    .setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"type":"x"}') });
  await expect(importDialog.getByRole("alert")).toBeVisible();
  await expectAccessible(page, "导入对话框（读取出错）");
  await importDialog.getByRole("button", { name: "取消" }).click();

  await (await toolbarButton(page, "预览 Markdown")).click();
  await expect(page.getByRole("article", { name: "Markdown 预览" })).toBeVisible();
  await expectAccessible(page, "Markdown 预览");
  await page.keyboard.press("Escape");

  await (await toolbarButton(page, "导出 Word")).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectAccessible(page, "导出前的错误提示");
  await page.getByRole("alertdialog").getByRole("button", { name: "返回修改" }).click();

  // The same notice, under 导出 Markdown's group of buttons.
  await (await toolbarButton(page, "导出 Markdown")).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectAccessible(page, "导出 Markdown 前的提示");
  await page.getByRole("alertdialog").getByRole("button", { name: "返回修改" }).click();

  await page.getByRole("button", { name: "打印", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "仍然打印" }).click();
  const print = page.getByRole("dialog", { name: "打印预览" });
  await expect(print.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "打印预览");
  await print.getByRole("button", { name: "关闭打印预览" }).click();

  const { dialog } = await openShareDialog(page);
  await expectAccessible(page, "分享对话框（含链接）");
  await dialog.getByRole("button", { name: "关闭" }).click();
  await expect(saveStatus(page)).toHaveText("已保存");

  await page.getByRole("button", { name: "定稿", exact: true }).click();
  const submit = page.getByRole("dialog", { name: "定稿" });
  await submit.getByRole("button", { name: "确认定稿" }).click();
  await expect(submit.getByRole("alert")).toContainText("没有说明理由");
  await expectAccessible(page, "定稿对话框（有待说明理由的错误和待填）");
  await submit.getByRole("button", { name: "关闭" }).click();
});

test("the draft list: with drafts, empty, trash, quarantine, and their dialogs", async ({ page }) => {
  await openFirstDraft(page);
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
  await expectAccessible(page, "草稿列表（一份草稿）");

  await page.getByRole("button", { name: /^删除/ }).click();
  await expect(page.getByText("还没有草稿")).toBeVisible();
  await expectAccessible(page, "草稿列表（空，带删除提示）");

  await page.getByRole("button", { name: "回收站（1）" }).click();
  await expectAccessible(page, "回收站");
  await page.getByRole("button", { name: /^永久删除/ }).click();
  await expect(page.getByRole("dialog", { name: "永久删除草稿" })).toBeVisible();
  await expectAccessible(page, "永久删除对话框");
  await page.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  await page.getByRole("button", { name: "返回草稿列表" }).click();

  await putRecords(page, { "d/broken": "{不是 JSON" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "无法打开的记录（1）" })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, "草稿列表（有无法打开的记录）");
  await page.getByRole("button", { name: "删除记录：broken" }).click();
  await expect(page.getByRole("dialog", { name: "删除无法打开的记录" })).toBeVisible();
  await expectAccessible(page, "删除无法打开的记录对话框");
});

test("restoring a backup that differs from a draft here asks in a dialog", async ({ page }) => {
  const mine = JSON.parse(fixture("v3.json")) as DraftEnvelope;
  await onOrigin(page);
  await putRecords(page, { [`d/${mine.id}`]: JSON.stringify(mine) });
  await page.goto("/");
  const theirs = { ...mine, revision: mine.revision + 1, report: { ...mine.report, s6: { body: "备份中的版本" } } };
  const backup = { type: "nianbao-backup", version: 1, exportedAt: mine.savedAt, drafts: [theirs], quarantined: [] };
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "备份.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByRole("dialog", { name: "备份中有与本机不同的草稿" })).toBeVisible();
  await expectAccessible(page, "从备份恢复对话框");
});

test("the same draft in a second tab: read-only with the take-over banner, then taken over", async ({ context }) => {
  const first = await context.newPage();
  const id = await openFirstDraft(first);
  const second = await context.newPage();
  await second.goto(`/?draft=${id}`);
  await expect(second.getByRole("button", { name: "接管编辑" })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(second, "另一个标签页正在编辑（只读）");
  await second.getByRole("button", { name: "接管编辑" }).click();
  await expect(first.getByText("另一个标签页接管了这份草稿的编辑")).toBeVisible();
  await expectAccessible(first, "被另一个标签页接管（只读）");
});

test("a draft from a newer app version, read-only with its explanation", async ({ page }) => {
  const newer = { ...JSON.parse(fixture("v3.json")), id: "from-future", version: 99 };
  await onOrigin(page);
  await putRecords(page, { "d/from-future": JSON.stringify(newer) });
  await page.goto("/?draft=from-future");
  await expect(page.getByText("由更新版本的年报编制保存（格式版本 99）")).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, "新版本草稿（只读）");
});

test("without browser storage: the editor with its error banner", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("blocked", "InvalidStateError");
    };
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("未保存到浏览器，请导出", { timeout: 20_000 });
  await expectAccessible(page, "浏览器存储不可用（编辑器与错误提示）");
});

test("a reviewer's copy with the review panel and a comment, and the hand-back dialog", async ({ browser }) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  const { link } = await openShareDialog(clerk);

  const reviewer = await person(browser);
  await reviewer.goto(link);
  await expect(reviewer.getByText("已打开分享的报告")).toBeVisible({ timeout: 20_000 });
  const { panel, giveName, comment } = reviewPanel(reviewer);
  await expectAccessible(reviewer, "审阅副本（审阅意见面板，尚未填写姓名）");
  await giveName("李审阅");
  await comment("t2.penalty.decisions", "处罚决定数与台账不符，请核实。");
  await expect(panel.locator(".review-comment")).toHaveCount(1);
  await expectAccessible(reviewer, "审阅副本（审阅意见面板，一条评论）");
  await panel.getByRole("button", { name: "版本与比较" }).click();
  await expect(panel.getByRole("region", { name: "两个版本之间的修改" })).toBeVisible();
  await expectAccessible(reviewer, "审阅副本（审阅意见面板，版本与比较）");

  await reviewer.getByRole("button", { name: "退回意见" }).click();
  await expect(reviewer.getByRole("dialog", { name: "退回审阅意见" })).toBeVisible();
  await expectAccessible(reviewer, "退回意见对话框");
});

test("汇总: the list of collections, and a collection with a file set aside, the status table, sums and passages", async ({
  page,
}) => {
  const seed = hongshan2023();
  const copy = { ...seed, meta: { ...seed.meta, organ: "西工区邙山街道办事处" } };
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, "西工区红山街道办事处\n西工区邙山街道办事处\n西工区教育局");
  await dropFiles(page, [
    { name: "红山.json", text: toJson(seed) },
    { name: "邙山.json", text: toJson(copy) },
    { name: "别处.json", text: toJson({ ...seed, meta: { ...seed.meta, organ: "道南街道办事处" } }) },
  ]);
  await expect(page.getByRole("table", { name: "未计入的文件" })).toBeVisible();
  await page.getByRole("button", { name: "对照西工区红山街道办事处与西工区邙山街道办事处" }).click();
  await expectAccessible(page, "汇总（名单、未计入的文件、报送情况、合计、相同段落）");
  await page.getByRole("button", { name: "返回汇总列表" }).click();
  await expect(page.getByRole("button", { name: "打开“西工区2023年度汇总”" })).toBeVisible();
  await expectAccessible(page, "汇总列表");
  await page.getByRole("button", { name: "删除“西工区2023年度汇总”" }).click();
  await expectAccessible(page, "汇总列表（确认删除）");
  await page.getByRole("button", { name: "确定删除" }).click();
  await expect(page.getByText("还没有汇总。")).toBeVisible();
});
