/** Shared steps of the review specs: a person in their own browser profile, and the clerk's share link. */
import type { Browser, Locator, Page } from "@playwright/test";
import { downloadedText } from "./drafts-helpers";
import { expect } from "./test";

export async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  return context.newPage();
}

/** The clerk writes 六、其他需要报告的事项 and waits until it is saved. */
export async function write(page: Page, text: string) {
  await page.locator('textarea[name="s6.body"]').fill(text);
  await expect(page.getByText("已保存")).toBeVisible();
}

/** Opens 分享 and returns the link, leaving the dialog open (for what a test wants to see in it). */
export async function openShareDialog(page: Page): Promise<{ link: string; dialog: Locator }> {
  await page.getByRole("button", { name: "分享", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "分享给审阅人" });
  await expect(dialog).toContainText("任何拿到这个链接的人都能看到其中内容");
  const link = await dialog.getByRole("textbox", { name: /^链接（\d+ 个字符）/ }).inputValue();
  return { link, dialog };
}

export async function shareLink(page: Page): Promise<string> {
  const { link, dialog } = await openShareDialog(page);
  await dialog.getByRole("button", { name: "关闭" }).click();
  return link;
}

/** The reviewer's 审阅意见 panel and what a reviewer does in it. */
export function reviewPanel(reviewer: Page) {
  const panel = reviewer.getByRole("complementary", { name: "审阅意见" });
  return {
    panel,
    giveName: async (name: string) => {
      await panel.getByRole("textbox", { name: /您的姓名/ }).fill(name);
      await panel.getByRole("button", { name: "保存姓名" }).click();
    },
    /** Comments on the field or cell of that key path, as a reviewer does: focus it, then write. */
    comment: async (path: string, text: string) => {
      await reviewer.locator(`[name="${path}"]`).click();
      await panel.getByRole("textbox", { name: "评论内容" }).fill(text);
      await panel.getByRole("button", { name: "添加评论" }).click();
    },
  };
}

/** 退回意见 on the reviewer's copy: the link, and the file's text when asked for; the dialog is closed again. */
export async function handBack(reviewer: Page, withFile = false): Promise<{ link: string; file: string | null }> {
  await reviewer.getByRole("button", { name: "退回意见" }).click();
  const dialog = reviewer.getByRole("dialog", { name: "退回审阅意见" });
  const link = await dialog.getByRole("textbox", { name: /^链接/ }).inputValue();
  const file = withFile
    ? await downloadedText(reviewer, () => dialog.getByRole("button", { name: "下载意见文件" }).click())
    : null;
  await dialog.getByRole("button", { name: "关闭" }).click();
  return { link, file };
}
