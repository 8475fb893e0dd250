/**
 * Last year's report as a Word file or a PDF, through the real file input (issue #17): the .docx our own export
 * makes and one LibreOffice saved; our print view printed to PDF by Chromium and our Word export printed by
 * LibreOffice. The readers (mammoth, pdf.js and its worker) are loaded on first use, under the app's CSP
 * (e2e/test.ts fails on a CSP violation), and every figure lands in its cell.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { reportDocx } from "../src/publish/docx";
import { reportHtmlFragment } from "../src/publish/html";
import { getAt } from "../src/report";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { largeFigures } from "../src/testing/largeFigures";
import { printReport } from "./print-helpers";
import { expect, test } from "./test";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fixture = (name: string) => new URL(`../src/formats/__fixtures__/${name}`, import.meta.url);

async function openImport(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await openImport(page);
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

/** Our print view as Chromium saves it to PDF (打印 → 另存为 PDF). */
async function printedPdf(page: Page, report: Parameters<typeof printReport>[1]): Promise<Buffer> {
  await printReport(page, report);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  return pdf;
}

test.describe("a PDF with a text layer", () => {
  test.describe.configure({ timeout: 90_000 });

  test("our print view, saved as PDF by Chromium, is read in full with no finding of its own", async ({
    page,
  }, testInfo) => {
    const pdf = await printedPdf(page, hongshan2023());
    await testInfo.attach("hongshan2023-chromium.pdf", { body: pdf, contentType: "application/pdf" });
    const dialog = await chooseFile(page, "红山2023.pdf", "application/pdf", pdf);
    const summary = dialog.getByRole("status");
    await expect(summary).toContainText(/文件：PDF（\d页，按文字层读取）/);
    await expect(summary).toContainText("标题：西工区红山街道办事处2023年政府信息公开工作年度报告");
    await expect(summary).toContainText("收到和处理政府信息公开申请情况表：读取24行（共24行）");
    await expect(summary).not.toContainText("不一致");
    await dialog.getByRole("button", { name: "打开导入的报告" }).click();
    await expect(page.locator('input[name="t2.penalty.decisions"]')).toHaveValue("5");
    await expect(page.locator('input[name="t3.granted.natural"]')).toHaveValue("2");
    await expect(page.locator('input[name="t3.otherHandling.feeUnpaid.natural"]')).toHaveValue("0");
    await expect(page.locator('textarea[name="s6.body"]')).toHaveValue("无");
  });

  test("our Word export, printed by LibreOffice, is read in full", async ({ page }) => {
    const bytes = readFileSync(fixture("export-libreoffice-hongshan2023.pdf"));
    const dialog = await chooseFile(page, "红山2023.pdf", "application/pdf", bytes);
    const summary = dialog.getByRole("status");
    await expect(summary).toContainText("收到和处理政府信息公开申请情况表：读取24行（共24行）");
    await expect(summary).not.toContainText("不一致");
    await dialog.getByRole("button", { name: "打开导入的报告" }).click();
    await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
    await expect(page.locator('input[name="t3.received.natural"]')).toHaveValue("2");
  });

  test("a five-page PDF is read in a few seconds (time reported)", async ({ page }, testInfo) => {
    const report = largeFigures(5);
    const pdf = await printedPdf(page, report);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    await openImport(page);
    // From choosing the file to the summary: pdf.js loaded on first use, five pages read, the report built.
    const started = Date.now();
    await page.getByLabel(/选择文件/).setInputFiles({ name: "figures5.pdf", mimeType: "application/pdf", buffer: pdf });
    const dialog = page.getByRole("dialog", { name: "导入报告" });
    await expect(dialog.getByRole("status")).toContainText("收到和处理政府信息公开申请情况表：读取24行（共24行）");
    const ms = Date.now() - started;
    testInfo.annotations.push({ type: "import time", description: `${pages}页 PDF：${ms} ms` });
    expect(pages).toBe(5);
    expect(ms).toBeLessThan(15_000);
    await dialog.getByRole("button", { name: "打开导入的报告" }).click();
    await expect(page.locator('input[name="t3.received.natural"]')).toHaveValue(
      String(getAt(report, "t3.received.natural")),
    );
  });
});

test("a report copied from a web page pastes with its merged table cells: the clipboard's HTML is read, not its flat text", async ({
  page,
}) => {
  const source = hongshan2023();
  const html = reportHtmlFragment(source, new Set());
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  const box = dialog.getByRole("textbox", { name: /粘贴报告文字/ });
  await box.focus();
  // What a browser puts on the clipboard from a page: the HTML, and a plain text whose merged cells are gone.
  await box.evaluate((element, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/html", data);
    clipboardData.setData("text/plain", "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\t2");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, html);
  await expect(dialog.getByText("已按网页中的表格读入粘贴的内容")).toBeVisible();
  await dialog.getByRole("button", { name: "读取粘贴的文字" }).click();
  await expect(dialog.locator(".import-not-read")).not.toContainText("表");
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  for (const path of ["t2.penalty.decisions", "t3.received.natural", "t3.granted.natural", "t4.review.upheld"]) {
    await expect(page.locator(`input[name="${path}"]`)).toHaveValue(String(getAt(source, path) ?? ""));
  }
});
