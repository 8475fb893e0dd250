/**
 * A few of the generated malformed files (src/formats/__fixtures__/malformedFiles.ts) through the real file
 * input, in the editor and on the draft list: each shows its Chinese message, adds no draft and leaves the
 * open draft as it was. All of them are unit-tested against the import functions.
 */
import type { Page } from "@playwright/test";
import { importBytes } from "../src/formats";
import { malformedFiles } from "../src/formats/__fixtures__/malformedFiles";
import { draftIdOf, openFirstDraft, saveStatus, storedDraft } from "./drafts-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 180_000 });

const PICKS = [
  "the JSON export cut at",
  "JSON with a wrong type at report.t3.received.natural",
  "JSON with an extra key in report.meta",
  "JSON without report.s6",
  "JSON with formatVersion 2",
  "binary garbage",
  "an empty file",
  "a huge file of spaces",
  "the Markdown as UTF-16LE",
  "Markdown of the 2019-format report",
];
const ALL = malformedFiles();
const FILES = PICKS.map((prefix) => {
  const file = ALL.find((f) => f.name.startsWith(prefix) && f.expect === "refuse");
  if (!file) throw new Error(`no generated file named ${prefix}…`);
  const result = importBytes(file.bytes);
  if (result.ok) throw new Error(`${file.name} is not refused`);
  // The dialog shows each line of the message as a span of its own.
  return { ...file, message: result.message.replaceAll("\n", "") };
});

/** Chooses each file in the open import dialog and expects its refusal. */
async function refuseAll(page: Page) {
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  for (const file of FILES) {
    await dialog.getByLabel(/选择文件/).setInputFiles({
      name: "报告.json",
      mimeType: "application/json",
      buffer: Buffer.from(file.bytes),
    });
    await expect(dialog.getByRole("alert"), file.name).toContainText(file.message);
    await expect(dialog).toContainText("没有导入任何内容");
    await expect(dialog.getByRole("button", { name: "打开导入的报告" })).toHaveCount(0);
  }
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toHaveCount(0);
}

test("malformed files are refused with their message in the editor and on the draft list; nothing changes", async ({
  page,
}) => {
  const id = await openFirstDraft(page);
  await page.locator('[name="meta.organ"]').fill("本机正在编辑的草稿");
  await expect(saveStatus(page)).toHaveText(/^已保存/);
  const saved = await storedDraft(page, id);

  await page.getByRole("button", { name: "导入", exact: true }).click();
  await refuseAll(page);
  expect(draftIdOf(page)).toBe(id);
  await expect(page.locator('[name="meta.organ"]')).toHaveValue("本机正在编辑的草稿");
  expect(await storedDraft(page, id)).toEqual(saved);

  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await refuseAll(page);
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
  expect(await storedDraft(page, id)).toEqual(saved);
});
