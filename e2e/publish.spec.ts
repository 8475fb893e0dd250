import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { SECTIONS, TABLE_LAYOUTS, type TableKey } from "../src/template";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

// Typing the seed into the form takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

/**
 * Types the seed report into the blank form: body, year, prose, the cells that are not 0, then 空白填0 for the
 * rest (the seed prints 0 there; cells left blank would raise the export notice).
 */
async function fillSeed(page: Page) {
  const seed = hongshan2023();
  await page.locator('[name="meta.organ"]').fill(seed.meta.organ);
  await page.locator('[name="meta.year"]').fill(String(seed.meta.year));
  await page.locator('[name="meta.organType"]').selectOption(seed.meta.organType);
  for (const section of ["s1", "s5"] as const) {
    for (const [key, item] of Object.entries(seed[section])) {
      await page.locator(`[name="${section}.${key}.heading"]`).fill(item.heading);
      await page.locator(`[name="${section}.${key}.body"]`).fill(item.body);
    }
  }
  await page.locator('[name="s6.body"]').fill(seed.s6.body);
  for (const path of ["t2.penalty.decisions", "t3.received.natural", "t3.granted.natural"]) {
    await page.locator(`input[name="${path}"]`).fill(path === "t2.penalty.decisions" ? "5" : "2");
  }
  for (const section of SECTIONS.filter((s) => s.table)) {
    await page
      .getByRole("button", { name: `${section.title}：空白填0` })
      .first()
      .click();
  }
}

/** Counts window.print() calls instead of opening the dialog. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls++;
    };
  });
}

test("打印 opens the seed's print view with the official title, sections and the tables' merged cells, on A4", async ({
  page,
}, testInfo) => {
  await stubPrint(page);
  await page.goto("/");
  await fillSeed(page);
  await page.getByRole("button", { name: "打印", exact: true }).click();
  const view = page.getByRole("dialog", { name: "打印预览" });
  await expect(view.getByRole("heading", { level: 1 })).toHaveText(
    "西工区红山街道办事处2023年政府信息公开工作年度报告",
  );
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  await expect(view.getByRole("heading", { level: 2 })).toHaveText(SECTIONS.map((s) => s.title));
  await expect(view.getByRole("heading", { level: 3 }).first()).toHaveText("（一）政府信息主动公开情况");

  for (const table of ["t2", "t3", "t4"] as TableKey[]) {
    const layout = TABLE_LAYOUTS[table];
    // Figures are compared by their spans (their values are checked below), labels by text and spans.
    const rows = await view
      .locator(`table[data-table="${table}"] tr`)
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...(tr as HTMLTableRowElement).cells].map((c) =>
            c.dataset.path ? [c.colSpan, c.rowSpan] : [c.textContent, c.colSpan, c.rowSpan],
          ),
        ),
      );
    const expected = [...layout.header, ...layout.body].map((row) =>
      row.map((c) => (c.kind === "label" ? [c.text, c.colspan, c.rowspan] : [c.colspan, 1])),
    );
    expect(rows).toEqual(expected);
  }
  await expect(view.locator('table[data-table="t3"] thead tr')).toHaveCount(3);
  await expect(view.locator('[data-path="t2.penalty.decisions"]')).toHaveText("5");
  await expect(view.locator('[data-path="t2.fees.amount"]')).toHaveText("0");
  await expect(view.locator('[data-path="t3.received.total"]')).toHaveText("2");
  await expect(view.locator('[data-path="t3.total.total"]')).toHaveText("2");

  // Printed, only the document shows, on A4 pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#root")).toBeHidden();
  await expect(page.locator(".print-bar")).toBeHidden();
  await expect(page.locator(".print-document table")).toHaveCount(3);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await testInfo.attach("hongshan-2023.pdf", { body: pdf, contentType: "application/pdf" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  // A4 is 595 x 842 points.
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString("latin1")) ?? [];
  expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);

  await page.emulateMedia({ media: "screen" });
  await view.getByRole("button", { name: "关闭打印预览" }).click();
  await expect(view).toHaveCount(0);
  await page.getByRole("button", { name: "打印", exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(view).toHaveCount(0);
});

test("a report with errors is exported only after the notice, with 仍然导出", async ({ page }) => {
  await page.goto("/");
  await page.locator('input[name="t3.received.natural"]').fill("3");
  await (await toolbarButton(page, "导出 Word")).click();
  const notice = page.getByRole("alertdialog");
  await expect(notice.getByRole("heading")).toHaveText(/^报告还有 \d+ 处错误(、\d+ 处待填)?(、\d+ 格未填)?$/);
  await expect(notice).toContainText("自然人列：一+二=3，（七）总计+四=0，相差3");
  await notice.getByRole("button", { name: "返回修改" }).click();
  await expect(notice).toHaveCount(0);

  await (await toolbarButton(page, "导出 Word")).click();
  const download = page.waitForEvent("download");
  await page.getByRole("alertdialog").getByRole("button", { name: "仍然导出" }).click();
  // No body name or year yet: the file name says so rather than looking finished.
  expect((await download).suggestedFilename()).toBe("（未填写机关名称）（未填写年度）政府信息公开工作年度报告.docx");
  await expect(page.getByText("已导出“（未填写机关名称）（未填写年度）政府信息公开工作年度报告.docx”")).toBeVisible();
});

test("导出网页 saves the seed as a fragment without scripts; the Word code loads only when asked", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/");
  await fillSeed(page);
  expect(scripts.some((url) => /docx/.test(url))).toBe(false);

  const htmlDownload = page.waitForEvent("download");
  await (await toolbarButton(page, "导出网页")).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toBe("西工区红山街道办事处2023年政府信息公开工作年度报告.html");
  const text = readFileSync(await html.path(), "utf8");
  expect(text.startsWith("\uFEFF<div style=")).toBe(true);
  // The CMS page shows the title; the fragment starts below it (docs/publish.md).
  expect(text).not.toContain("<h1");
  expect(text).toContain(">行政处罚</th>");
  expect(text).not.toMatch(/<script/i);

  const docxDownload = page.waitForEvent("download");
  await (await toolbarButton(page, "导出 Word")).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe("西工区红山街道办事处2023年政府信息公开工作年度报告.docx");
  expect(
    readFileSync(await docx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");
  expect(scripts.some((url) => /docx/.test(url))).toBe(true);
});
