/**
 * Issue #14: the browser killed (kill -9, as a crash or a power button would) right after a long burst of typing
 * loses at most the last second. The profile is a real one on disk, reopened after the kill.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";
import { draftIdOf, openFirstDraft } from "./drafts-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 90_000 });

/** A key every 140 ms for about 13 s, as a clerk types at an ordinary pace. */
const KEY_DELAY_MS = 140;
const BURST = "本年度共主动公开政府信息三百余条，".repeat(6).slice(0, 93);
/** What may be lost: the keys of the autosave's longest wait (1 s), and one more in flight. */
const MAX_LOST_KEYS = Math.ceil(1000 / KEY_DELAY_MS) + 1;

for (const afterMs of [0, 100, 500]) {
  test(`kill -9 ${afterMs} ms after 13 s of typing loses at most the last second`, async ({
    playwright,
    baseURL,
  }, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), "nianbao-crash-"));
    const launch = () =>
      playwright.chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
        baseURL,
        locale: "zh-CN",
      });
    let context: BrowserContext | null = await launch();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await openFirstDraft(page);
      const id = draftIdOf(page);
      await page.locator('textarea[name="s6.body"]').click();
      await page.keyboard.type(BURST, { delay: KEY_DELAY_MS });
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      execFileSync("pkill", ["-9", "-f", `user-data-dir=${profile}`]);
      await context.close().catch(() => undefined);

      context = await launch();
      const reopened = context.pages()[0] ?? (await context.newPage());
      await reopened.goto(`/?draft=${id}`);
      const body = reopened.locator('textarea[name="s6.body"]');
      await expect(body).toBeVisible({ timeout: 20_000 });
      const kept = await body.inputValue();
      const lost = BURST.length - kept.length;
      testInfo.annotations.push({ type: "lost keys", description: `${lost} of ${BURST.length} (${afterMs} ms)` });
      expect(BURST.startsWith(kept)).toBe(true);
      expect(lost).toBeLessThanOrEqual(MAX_LOST_KEYS);
    } finally {
      await context?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
