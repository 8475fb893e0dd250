import type { Locator, Page } from "@playwright/test";

export const cell = (page: Page, path: string): Locator => page.locator(`[name="${path}"]`);

/** Pastes text into the focused element the way a browser does: a `paste` event carrying the clipboard. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** What a copy from the focused element puts on the clipboard. */
export async function copy(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clipboardData = new DataTransfer();
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("copy", { clipboardData, bubbles: true, cancelable: true }),
    );
    return clipboardData.getData("text/plain");
  });
}
