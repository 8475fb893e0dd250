import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reportJsonSchemaText } from "./jsonSchema";

const FILE = new URL("../../public/report.schema.json", import.meta.url);

describe("public/report.schema.json", () => {
  it("matches the zod schema (run `npm run schema` to regenerate)", () => {
    const text = reportJsonSchemaText();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, text);
    expect(readFileSync(FILE, "utf8")).toBe(text);
  });
});
