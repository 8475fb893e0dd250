import type { Browser, Page } from "@playwright/test";

/** Chromium's CPU throttling, as DevTools applies it: `rate` × slower main thread (4 ≈ a 2015 office PC here). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** One measured figure; `budget` is the upper bound an issue set for it. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

export interface BenchContext {
  browser: Browser;
  /** A fresh page on the built app, served under its CSP. */
  newPage: () => Promise<Page>;
  baseURL: string;
  distDir: string;
}

export type Measurement = (ctx: BenchContext) => Promise<Figure[]>;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Runs `fn` `times` times and gives the mean duration in milliseconds. */
export async function timeEach(times: number, fn: () => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < times; i++) await fn();
  return (performance.now() - start) / times;
}

/** Rounds to one decimal place, for the table. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
