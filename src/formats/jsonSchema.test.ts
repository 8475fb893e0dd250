/**
 * public/report.schema.json, held against the files we export by a validator nobody here wrote (ajv):
 * every exported file of eight reports validates, and each value the app refuses is refused by the schema.
 */
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { setAt } from "../report";
import { ACCEPTED_EDGES, EXPORT_SAMPLES, REFUSED_VALUES } from "../testing/exportSamples";
import { hongshan2023 } from "../testing/hongshan2023";
import { toJson } from "./json";
import { reportJsonSchemaText } from "./jsonSchema";

const FILE = new URL("../../public/report.schema.json", import.meta.url);

describe("public/report.schema.json", () => {
  it("matches the zod schema (run `npm run schema` to regenerate)", () => {
    const text = reportJsonSchemaText();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, text);
    expect(readFileSync(FILE, "utf8")).toBe(text);
  });
});

// The schema as published (the test above holds the file to it). Formats are not asserted (zod writes a pattern beside each); multipleOf 0.0001 needs a tolerance in binary floating point.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false, multipleOfPrecision: 4 });
const validate = ajv.compile(JSON.parse(reportJsonSchemaText()));
const errorsOf = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((e) => e.instancePath));
const exported = (report = hongshan2023()) => JSON.parse(toJson(report)) as Record<string, unknown>;

describe("ajv and the exported file", () => {
  it.each(Object.entries(EXPORT_SAMPLES))("validates the whole file exported from the %s report", (_, report) => {
    expect(errorsOf(exported(report()))).toEqual([]);
  });

  it("validates a file carrying the draft it came from, and refuses an empty draftId", () => {
    const file = JSON.parse(toJson(hongshan2023(), undefined, undefined, "draft-1")) as Record<string, unknown>;
    expect(errorsOf(file)).toEqual([]);
    expect(errorsOf({ ...file, draftId: "" })).toContain("/draftId");
  });

  it.each(REFUSED_VALUES)("rejects report.%s = %s", (path, value) => {
    expect(errorsOf(setAt(exported(), `report.${path}`, value))).toContain(`/report/${path.replaceAll(".", "/")}`);
  });

  it.each(ACCEPTED_EDGES)("accepts report.%s = %s, an edge of its rule", (path, value) => {
    expect(errorsOf(setAt(exported(), `report.${path}`, value))).toEqual([]);
  });
});
