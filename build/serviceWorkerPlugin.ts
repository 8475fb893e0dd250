import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/**
 * Emits `sw.js` with the list of every file of this build to precache, and a version that changes with them,
 * so a new build replaces the old cache on the next visit.
 */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: "xxgk-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith(".map"))
        .sort();
      const precache = ["./", ...files.filter((f) => f !== "index.html").map((f) => `./${f}`)];
      const version = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 12);
      const template = readFileSync(new URL("./sw-template.js", import.meta.url), "utf8");
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(precache)),
      });
    },
  };
}
