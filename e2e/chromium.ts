import { existsSync } from "node:fs";

/**
 * Which Chromium runs tests and benchmarks: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`,
 * else undefined, meaning Playwright's own download (`npx playwright install chromium` on a laptop).
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

/** Flags for a sandbox without network: no background connections that the closed network would refuse. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
