/**
 * Last year's report as a Word file, through the real file input (issue #17): the .docx our own export makes
 * and one LibreOffice saved; the reader is loaded on first use, under the app's CSP (e2e/test.ts fails on a
 * CSP violation), and every figure lands in its cell.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { reportDocx } from "../src/publish/docx";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { expect, test } from "./test";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fixture = (name: string) => new URL(`../src/formats/__fixtures__/${name}`, import.meta.url);

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.getByLabel(/选择文件/).setInputFiles({ name, mimeType, buffer });
  return page.getByRole("dialog", { name: "导入报告" });
}

test("a .docx saved by LibreOffice, with merged cells, is read in full", async ({ page }) => {
  const dialog = await chooseFile(page, "2022年报.docx", DOCX, readFileSync(fixture("libreoffice-2022.docx")));
  const summary = dialog.getByRole("status");
  await expect(summary).toContainText("文件：Word 文档（.docx）");
  await expect(summary).toContainText("收到和处理政府信息公开申请情况表：读取24行（共24行）");
  await expect(summary).toContainText("机关类型（推断）");
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("某某镇人民政府");
  await expect(page.locator('input[name="t2.normativeDocs.valid"]')).toHaveValue("12");
  await expect(page.locator('input[name="t2.fees.amount"]')).toHaveValue("1.25");
  await expect(page.locator('input[name="t3.denied.thirdParty.natural"]')).toHaveValue("1");
  await expect(page.locator('input[name="t4.litigationDirect.pending"]')).toHaveValue("1");
  await expect(page.locator('textarea[name="s5.improvements.body"]')).toHaveValue("建立信息发布台账。");
});

test("the .docx our own export makes comes back as the same report", async ({ page }) => {
  const bytes = Buffer.from(await reportDocx(hongshan2023()));
  const dialog = await chooseFile(page, "红山2023.docx", DOCX, bytes);
  await expect(dialog.getByRole("status")).toContainText("标题：西工区红山街道办事处2023年政府信息公开工作年度报告");
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(page.locator('input[name="t2.penalty.decisions"]')).toHaveValue("5");
  await expect(page.locator('input[name="t3.received.natural"]')).toHaveValue("2");
  await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("无");
});
