import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The layers of README's 依赖方向, lowest first; a folder may import its own layer and those below it.
const LAYERS = [
  ["template"],
  ["report"],
  ["checks"],
  ["formats", "publish", "review", "grid", "collect"],
  ["drafts"],
  ["ui"],
];
const FOLDERS = LAYERS.flat();
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

const root = resolve(import.meta.dirname, "..");
let sandbox = "";

/** Lints probe files with the project's biome.json in a copy of the tree's shape, and returns the files that failed. */
function failingProbes(probes: Record<string, string>): Set<string> {
  rmSync(join(sandbox, "src"), { recursive: true, force: true });
  for (const [path, source] of Object.entries(probes)) {
    mkdirSync(join(sandbox, path, ".."), { recursive: true });
    writeFileSync(join(sandbox, path), source);
  }
  let out = "";
  try {
    out = execFileSync(
      join(root, "node_modules/.bin/biome"),
      ["lint", "--reporter=github", "--max-diagnostics=none", "src"],
      {
        cwd: sandbox,
        encoding: "utf8",
      },
    );
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? "");
  }
  const failed = new Set<string>();
  for (const match of out.matchAll(/^::error title=lint\/style\/noRestrictedImports,file=([^,]+),/gm))
    failed.add(relative(sandbox, match[1]));
  return failed;
}

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), "layering-"));
  const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
  config.$schema = undefined;
  config.vcs = { enabled: false };
  config.files = undefined;
  writeFileSync(join(sandbox, "biome.json"), JSON.stringify(config));
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

describe("layering lint (biome.json)", () => {
  it("refuses every import that runs up the layers and allows every one that runs down or across", () => {
    const probes: Record<string, string> = {};
    for (const from of FOLDERS) {
      for (const to of FOLDERS) {
        if (from === to) continue;
        probes[`src/${from}/probe_${to}.ts`] = `import { x } from "../${to}/x";\nexport const y = x;\n`;
        probes[`src/${from}/deep/probe_${to}.ts`] = `import { x } from "../../${to}";\nexport const y = x;\n`;
      }
    }
    const failed = failingProbes(probes);
    for (const path of Object.keys(probes)) {
      const [, from, ...rest] = path.split("/");
      const to = rest.at(-1)?.replace(/^probe_|\.ts$/g, "") ?? "";
      expect(failed.has(path), `${from} → ${to}`).toBe(layerOf(to) > layerOf(from));
    }
  });

  it("keeps React out of every layer below ui", () => {
    const probes: Record<string, string> = {};
    for (const folder of FOLDERS)
      probes[`src/${folder}/probe.ts`] = `import { useState } from "react";\nexport const y = useState;\n`;
    const failed = failingProbes(probes);
    for (const folder of FOLDERS) expect(failed.has(`src/${folder}/probe.ts`), folder).toBe(folder !== "ui");
  });

  it("lets only tests and fixtures import src/testing", () => {
    const source = `import { x } from "../testing/hongshan2023";\nexport const y = x;\n`;
    const failed = failingProbes({
      "src/checks/probe.ts": source,
      "src/ui/probe.ts": source,
      "src/checks/probe.test.ts": source,
      "src/formats/__fixtures__/probe.ts": `import { x } from "../../testing/hongshan2023";\nexport const y = x;\n`,
    });
    expect([...failed].sort()).toEqual(["src/checks/probe.ts", "src/ui/probe.ts"]);
  });
});
