/** Shared steps of the drafts specs: reading and seeding the app's IndexedDB records directly. */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { DraftEnvelope } from "../src/drafts/envelope";
import { expect } from "./test";

export const DB = { name: "nianbao-drafts", store: "records" };

/** A page of the app's origin that does not run the app, to seed storage before the app reads it. */
export async function onOrigin(page: Page): Promise<void> {
  await page.goto("/favicon.svg");
}

export async function putRecords(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ db, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db.name);
        request.onupgradeneeded = () => request.result.createObjectStore(db.store);
        request.onsuccess = () => {
          const tx = request.result.transaction(db.store, "readwrite");
          for (const [key, value] of Object.entries(records)) tx.objectStore(db.store).put(value, key);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    { db: DB, records },
  );
}

export async function getRecord(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    ({ db, key }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(db.name);
        request.onupgradeneeded = () => request.result.createObjectStore(db.store);
        request.onsuccess = () => {
          const get = request.result.transaction(db.store).objectStore(db.store).get(key);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { db: DB, key },
  );
}

/** The stored draft record parsed, or undefined. */
export async function storedDraft(page: Page, id: string): Promise<DraftEnvelope | undefined> {
  const raw = await getRecord(page, `d/${id}`);
  return typeof raw === "string" ? JSON.parse(raw) : undefined;
}

export function draftIdOf(page: Page): string {
  const id = new URL(page.url()).searchParams.get("draft");
  if (!id) throw new Error(`no draft in ${page.url()}`);
  return id;
}

/** Opens the app on a fresh profile: first use goes straight to a new blank draft. */
export async function openFirstDraft(page: Page): Promise<string> {
  await page.goto("/");
  await expect(page.locator('textarea[name="s6.body"]')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/draft=/);
  return draftIdOf(page);
}

/** The save state: the role="status" element of the save indicator (grids and undo announce through others). */
export function saveStatus(page: Page) {
  return page.locator('[role="status"].save-status');
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../src/drafts/fixtures/${name}`, import.meta.url), "utf8");
}

export async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent("download");
  await click();
  const file = await (await download).path();
  return readFileSync(file, "utf8");
}

/** After `page.clock.install()` time still flows; stop it so debounces fire only when the test says. */
export async function pauseClock(page: Page): Promise<void> {
  await page.clock.pauseAt(new Date(Date.now() + 5000));
}

/**
 * With the clock paused, lets one frame pass: typed text reaches the form (and the autosave) after the frame that
 * shows it (src/ui/editor/typing.ts), and a paused clock draws no frame callbacks.
 */
export async function nextFrame(page: Page): Promise<void> {
  await page.clock.runFor(20);
}
