import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const EXPECTED = readFileSync(fixture("hongshan-2023.expected.md"), "utf8");

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.getByLabel(/选择文件/).setInputFiles(file);
}

/** Clicks an export button; `pastNotice` goes on past the export notice an unfinished report raises first. */
async function download(page: Page, button: string, pastNotice = false): Promise<string> {
  const file = page.waitForEvent("download");
  await (await toolbarButton(page, button)).click();
  if (pastNotice) await page.getByRole("alertdialog").getByRole("button", { name: "仍然导出" }).click();
  return readFileSync(await (await file).path(), "utf8");
}

test("importing the seed report fills the form, and its Markdown export is the golden file", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("本机正在编辑的草稿");
  await expect(page.getByRole("status").filter({ hasText: /^已保存/ })).toBeVisible();
  const openDraft = new URL(page.url()).searchParams.get("draft");
  await importFile(page, fixture("hongshan-2023.seed.md"));
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  await expect(dialog.getByRole("status")).toContainText("标题：西工区红山街道办事处 2023 年政府信息公开工作年度报告");
  await expect(dialog.getByRole("status")).toContainText("收到和处理政府信息公开申请情况表：读取24行（共24行）");
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
  await expect(page.locator('input[name="meta.year"]')).toHaveValue("2023");
  await expect(page.locator('input[name="s1.proactive.heading"]')).toHaveValue("政府信息主动公开情况");
  await expect(page.locator('input[name="s5.improvements.heading"]')).toHaveValue("改进措施");
  await expect(page.locator('input[name="t2.penalty.decisions"]')).toHaveValue("5");
  await expect(page.locator('input[name="t3.received.natural"]')).toHaveValue("2");
  await expect(page.locator('input[name="t3.denied.stateSecret.natural"]')).toHaveValue("0");
  await expect(page.locator('output[name="t3.total.total"]')).toHaveText("2");
  await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("无");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "西工区红山街道办事处2023年政府信息公开工作年度报告",
  );

  expect(await download(page, "导出 Markdown")).toBe(EXPECTED);
  // Said as 导出 Word says it, in the same words.
  await expect(
    page.getByText("已导出“西工区红山街道办事处2023年政府信息公开工作年度报告.md”，请在浏览器的下载列表中查看。"),
  ).toBeVisible();
  // R5: the import became a new draft; the draft that was open is untouched.
  expect(new URL(page.url()).searchParams.get("draft")).not.toBe(openDraft);
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(2);
  await expect(page.locator(`tr[data-draft-id="${openDraft}"]`)).toContainText("本机正在编辑的草稿");
});

test("a JSON export imports back to the same report", async ({ page }) => {
  await page.goto("/");
  await importFile(page, fixture("hongshan-2023.seed.md"));
  await page.getByRole("button", { name: "打开导入的报告" }).click();
  // Typed only once the imported draft's editor has replaced the one that was open.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "西工区红山街道办事处2023年政府信息公开工作年度报告",
  );
  await page.locator('input[name="t3.granted.commercial"]').fill("1");
  await page.locator('textarea[name="s6.body"]').fill("本年度未收取信息处理费。| 管道符 <b>不是标签</b>");
  // One more granted than received: the balance error is said first.
  const json = await download(page, "导出 JSON", true);
  await expect(page.getByText(/^已导出“.+\.json”，请在浏览器的下载列表中查看。$/)).toBeVisible();
  const envelope = JSON.parse(json);
  expect(envelope).toMatchObject({
    format: "xxgk-annual-report",
    formatVersion: 1,
    template: "国办公开办函〔2021〕30号",
  });
  expect(envelope.report.t3.granted.commercial).toBe(1);

  await page.goto("/");
  await importFile(page, { name: "report.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await page.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="t3.granted.commercial"]')).toHaveValue("1");
  await expect(page.locator('textarea[name="s6.body"]')).toHaveValue(
    "本年度未收取信息处理费。| 管道符 <b>不是标签</b>",
  );
  expect(JSON.parse(await download(page, "导出 JSON", true)).report).toEqual(envelope.report);
});

test("导出 Markdown and 导出 JSON warn about a row never filled as 导出 Word does; JSON keeps it blank", async ({
  page,
}) => {
  await page.goto("/");
  await importFile(page, fixture("hongshan-2023.seed.md"));
  await page.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "西工区红山街道办事处2023年政府信息公开工作年度报告",
  );
  const columns = ["upheld", "corrected", "other", "pending"];
  for (const column of columns) await page.locator(`input[name="t4.review.${column}"]`).fill("");
  await expect(page.getByRole("status").filter({ hasText: /^已保存/ })).toBeVisible();
  let downloads = 0;
  page.on("download", () => downloads++);

  const notice = page.getByRole("alertdialog");
  for (const button of ["导出 Markdown", "导出 JSON", "导出 Word", "导出网页", "打印"]) {
    await (await toolbarButton(page, button)).click();
    await expect(notice.getByRole("heading")).toBeFocused();
    await expect(notice.getByRole("heading"), button).toHaveText("报告还有 4 格未填");
    await expect(notice.getByRole("listitem")).toHaveText([/表中有4个单元格未填写，将按0计算和导出/]);
    await notice.getByRole("button", { name: "返回修改" }).click();
    await expect(notice).toHaveCount(0);
  }
  expect(downloads).toBe(0);

  // Markdown prints blank as 0, as Word and print do (the notice said so): the seed's own zeros. JSON keeps it blank.
  expect(await download(page, "导出 Markdown", true)).toBe(EXPECTED);
  const file = JSON.parse(await download(page, "导出 JSON", true));
  expect(file.report.t4.review).toEqual(Object.fromEntries(columns.map((c) => [c, null])));
  expect(file.report.t4.litigationDirect.upheld).toBe(0);
  await expect(page.getByText("已导出“西工区红山街道办事处2023年政府信息公开工作年度报告.json”")).toBeVisible();
});

test("a bad file shows a message and changes nothing", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("某某局");
  await importFile(page, {
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"type":"excalidraw"}'),
  });
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  await expect(dialog.getByRole("alert")).toContainText("不是年报编制工具导出的 JSON 文件");
  await expect(dialog.getByRole("button", { name: "打开导入的报告" })).toHaveCount(0);

  await page
    .getByLabel(/选择文件/)
    .setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
  await expect(dialog.getByRole("alert")).toContainText("文件是空的");
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("某某局");
});

test("text pasted from a web page is read, with a missing table reported rather than zero-filled", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const text = [
    "某某局2023年政府信息公开工作年度报告",
    "一、总体情况",
    "（一）主动公开",
    "全年主动公开信息50条。",
    "二、主动公开政府信息情况",
    "行政处罚\t9",
  ].join("\n");
  await page.getByLabel(/粘贴报告文字/).fill(text);
  await page.getByRole("button", { name: "读取粘贴的文字" }).click();
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  await expect(dialog.getByRole("status")).toContainText("文件中没有“三、收到和处理政府信息公开申请情况”表");
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="t2.penalty.decisions"]')).toHaveValue("9");
  await expect(page.locator('input[name="t3.received.natural"]')).toHaveValue("");
  await expect(
    page.locator('[data-check="missing-section"]').filter({ hasText: "四、政府信息公开行政复议" }),
  ).toBeVisible();
});

test("the preview shows the export as text, never as HTML", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="meta.organ"]').fill("某某局");
  await page.locator('textarea[name="s6.body"]').fill('<img src=x onerror="window.hacked=1"> | **星号**');
  await (await toolbarButton(page, "预览 Markdown")).click();
  const preview = page.getByRole("article", { name: "Markdown 预览" });
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("某某局年政府信息公开工作年度报告");
  await expect(preview.getByText('<img src=x onerror="window.hacked=1"> | **星号**')).toBeVisible();
  await expect(preview.locator("img")).toHaveCount(0);
  await expect(preview.locator("table")).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test("on a 1366×768 laptop at 125% the import's 打开导入的报告 is in view without scrolling, under a long summary", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1093, height: 615 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/");
  await importFile(page, fixture("hongshan-2023.seed.md"));
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  await expect(dialog.locator(".import-read li").first()).toBeVisible();
  const open = dialog.getByRole("button", { name: "打开导入的报告" });
  const box = await open.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(615);
  const summary = await dialog.locator(".import-result").boundingBox();
  expect(summary && summary.y + summary.height).toBeGreaterThan(615);
  await open.click();
  await expect(page.locator('input[name="t2.penalty.decisions"]')).toHaveValue("5");
  await context.close();
});
