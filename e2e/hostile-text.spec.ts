/**
 * Script and HTML payloads typed into every text field of the editor never run: not in the form, the Markdown
 * preview, the print view, nor while exporting Markdown, JSON, the web fragment and Word. Fields and payloads
 * come from src/testing/hostileText.ts, the same as the unit tests of the exports.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { PAYLOADS, TEXT_FIELDS } from "../src/testing/hostileText";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

test.describe.configure({ timeout: 180_000 });

const { long, ...short } = PAYLOADS;
/** All short payloads in one text; one-line inputs keep it as one line. */
const HOSTILE = Object.values(short).join("\n");

/** Records what a payload would do if it ran: dialogs and elements made from user text (CSP violations fail
 * every test through ./test). */
async function watchForHarm(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const harm: string[] = [];
    (window as unknown as { harm: string[] }).harm = harm;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const made = [node, ...node.querySelectorAll("script, img, iframe, svg, object, embed")];
          for (const el of made) {
            if (/^(script|img|iframe|svg|object|embed)$/i.test(el.tagName) && el.outerHTML.includes("__pwned")) {
              harm.push(`element ${el.outerHTML.slice(0, 80)}`);
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return dialogs;
}

async function expectNoHarm(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { harm: string[] }).harm)).toEqual([]);
  expect(dialogs).toEqual([]);
}

/** Clicks an export or print button, then goes past the notice about the unbalanced table (see below). */
async function publish(page: Page, button: string, proceed: string) {
  await (await toolbarButton(page, button)).click();
  await page.getByRole("alertdialog").getByRole("button", { name: proceed }).click();
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const file = page.waitForEvent("download");
  await click();
  return readFileSync(await (await file).path(), "utf8");
}

test("payloads in every text field never run in the editor, preview, print view or exports", async ({ page }) => {
  const dialogs = await watchForHarm(page);
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto("/");
  await expect(page.locator('textarea[name="s6.body"]')).toBeVisible({ timeout: 20_000 });
  // An unbalanced 表三 makes every export show its notice first, whatever the checks make of the payloads.
  await page.locator('input[name="t3.received.natural"]').fill("3");
  for (const field of TEXT_FIELDS) await page.locator(`[name="${field}"]`).fill(HOSTILE);
  await page.locator('[name="s6.body"]').fill(`${HOSTILE}\n${long}`);
  const typed = Object.fromEntries(
    await Promise.all(TEXT_FIELDS.map(async (f) => [f, await page.locator(`[name="${f}"]`).inputValue()] as const)),
  );
  expect(typed["s1.proactive.body"]).toBe(HOSTILE);
  await expectNoHarm(page, dialogs);

  await (await toolbarButton(page, "预览 Markdown")).click();
  const preview = page.getByRole("dialog", { name: "预览（导出的 Markdown）" });
  await expect(preview.getByRole("article")).toContainText(PAYLOADS.script);
  await expect(preview.getByRole("article")).toContainText(PAYLOADS.imgOnerror);
  await expectNoHarm(page, dialogs);
  await page.keyboard.press("Escape");
  await expect(preview).toHaveCount(0);

  await publish(page, "打印", "仍然打印");
  const view = page.getByRole("dialog", { name: "打印预览" });
  await expect(view).toContainText(PAYLOADS.svgOnload);
  await expect(view).toContainText(PAYLOADS.iframeSrcdoc);
  await expectNoHarm(page, dialogs);
  await view.getByRole("button", { name: "关闭打印预览" }).click();

  const markdown = await download(page, () => publish(page, "导出 Markdown", "仍然导出"));
  expect(markdown).toContain("\\<script\\>window.\\_\\_pwned=1\\</script\\>");
  const json = JSON.parse(await download(page, () => publish(page, "导出 JSON", "仍然导出")));
  expect(json.report.s6.body).toBe(typed["s6.body"]);
  const html = await download(page, () => publish(page, "导出网页", "仍然导出"));
  expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
  expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
  const docx = page.waitForEvent("download");
  await publish(page, "导出 Word", "仍然导出");
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);
  await expectNoHarm(page, dialogs);
});
