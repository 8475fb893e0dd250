import { describe, expect, it } from "vitest";
import { globalConfig } from "zod/v4/core";
import { reportSchema } from ".";

describe("zod under a strict CSP", () => {
  it("is jitless once the report schema is loaded, so no parser is compiled with new Function", () => {
    expect(reportSchema).toBeDefined();
    expect(globalConfig.jitless).toBe(true);
  });
});
