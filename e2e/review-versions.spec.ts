/**
 * #18: the versions a review keeps (each share, what a hand-back was about, the content now), two of them compared
 * word by word; and the review's comments in the Word file as 批注 when asked for.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { openFirstDraft } from "./drafts-helpers";
import { handBack, person, reviewPanel, shareLink, write } from "./review-helpers";
import { expect, test } from "./test";

test.setTimeout(120_000);

test("版本 lists each share, the hand-back's version and the current content; two compared show the changed words", async ({
  browser,
}) => {
  const clerk = await person(browser);
  await openFirstDraft(clerk);
  await write(clerk, "全年没有其他需要报告的事项。");
  const reviewer = await person(browser);
  await reviewer.goto(await shareLink(clerk));
  const r = reviewPanel(reviewer);
  await r.giveName("赵审阅");
  await r.comment("s6.body", "请写明培训次数。");
  await clerk.goto((await handBack(reviewer)).link);
  const panel = clerk.getByRole("complementary", { name: "审阅意见" });
  await expect(panel).toContainText("请写明培训次数。");

  await write(clerk, "全年组织业务培训两次，没有其他需要报告的事项。");
  await shareLink(clerk);
  await panel.getByRole("button", { name: "版本与比较" }).click();
  const versions = panel.getByRole("region", { name: "版本", exact: true });
  await expect(versions.locator(".review-version-list > li strong")).toHaveText([
    "分享",
    "退回意见所依据的版本",
    "分享",
    "当前内容",
  ]);
  await expect(versions.locator('[data-kind="reviewed"]')).toContainText("赵审阅");
  await expect(versions.locator('[data-kind="current"]')).toContainText(/[0-9a-f]{8}/);

  // The version the reviewer read against the second share.
  await versions.getByRole("combobox", { name: "比较：从" }).selectOption({ index: 1 });
  await versions.getByRole("combobox", { name: "到" }).selectOption({ index: 2 });
  const changes = versions.getByRole("region", { name: "两个版本之间的修改" });
  await expect(changes.getByRole("heading")).toHaveText("从“退回意见所依据的版本”到“分享”的修改");
  const changed = changes.locator('[data-path="s6.body"]');
  await expect(changed.locator("ins").filter({ hasText: "培训两次" })).toHaveCount(1);
  await expect(changed.locator("del")).toHaveCount(0);
  await expect(changed).toContainText("没有其他需要报告的事项");

  // The two shares of the same content compare as the same.
  await versions.getByRole("combobox", { name: "比较：从" }).selectOption({ index: 2 });
  await versions.getByRole("combobox", { name: "到" }).selectOption({ index: 3 });
  await expect(changes).toContainText("这两个版本的内容相同。");

  // Word with the review's comments, from the panel: the comment is a Word 批注 on the paragraph it concerns.
  const download = clerk.waitForEvent("download");
  await panel.getByRole("button", { name: "导出 Word（含审阅批注）" }).click();
  expect((await download).suggestedFilename()).toMatch(/（含审阅批注）\.docx$/);
  await expect(panel).toContainText("已导出“");
  const parts = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  expect(strFromU8(parts["word/comments.xml"])).toContain("请写明培训次数。");
  const paragraph = strFromU8(parts["word/document.xml"])
    .split("</w:p>")
    .find((p) => p.includes('<w:commentRangeStart w:id="0"/>'));
  expect(paragraph).toContain("全年组织业务培训两次");
});
