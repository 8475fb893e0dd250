import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { getAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { readStored } from "./envelope";
import { CURRENT_VERSION, MIGRATIONS, migrate, type StoredObject } from "./migrations";

const fixturePath = (version: number) => fileURLToPath(new URL(`./fixtures/v${version}.json`, import.meta.url));
const fixture = (version: number) => readFileSync(fixturePath(version), "utf8");

describe("v1", () => {
  it("migrates to the current envelope, keeping the report as entered (text in a cell included)", () => {
    const stored = readStored(fixture(1));
    if (stored.kind !== "ok") throw new Error(`v1 fixture did not open: ${JSON.stringify(stored)}`);
    expect(stored.migratedFrom).toBe(1);
    expect(stored.envelope).toMatchObject({
      version: CURRENT_VERSION,
      id: "fixture-v1",
      revision: 4,
      createdAt: "2024-01-20T08:30:00.000Z",
      savedAt: "2024-01-20T08:30:00.000Z",
      deletedAt: null,
      baseline: null,
    });
    expect(stored.envelope.report.meta.organ).toBe("西工区红山街道办事处");
    expect(getAt(stored.envelope.report, "t3.carriedForward.natural")).toBe("两件");
    expect(getAt(stored.envelope.report, "t3.received.natural")).toBe(2);
  });

  it("does not change its input", () => {
    const v1 = JSON.parse(fixture(1));
    const copy = structuredClone(v1);
    migrate(v1, 1);
    expect(v1).toEqual(copy);
  });
});

describe("v2", () => {
  it("migrates keeping last year's baseline, with no import notes and no review origin", () => {
    const stored = readStored(fixture(2));
    if (stored.kind !== "ok") throw new Error(`v2 fixture did not open: ${JSON.stringify(stored)}`);
    expect(stored.migratedFrom).toBe(2);
    expect(stored.envelope.importNotes).toBeNull();
    expect(stored.envelope.reviewOf).toBeNull();
    expect(stored.envelope.revision).toBe(7);
    const baseline = stored.envelope.baseline?.report;
    expect(baseline?.meta.organ).toBe("西工区红山街道办事处");
    expect(baseline?.t3).toEqual(hongshan2023().t3);
    expect(baseline?.s1.onRequest.body).toBe("2023 年度红山街道办事处共受理依申请公开信息申请 2 条。");
    expect(stored.envelope.report.meta.year).toBe(2024);
  });
});

describe("v3", () => {
  it("migrates keeping the import's notes, with no name of its own", () => {
    const stored = readStored(fixture(3));
    if (stored.kind !== "ok") throw new Error(`v3 fixture did not open: ${JSON.stringify(stored)}`);
    expect(stored.migratedFrom).toBe(3);
    expect(stored.envelope.name).toBeNull();
    expect(stored.envelope.importNotes?.absentTables).toEqual(["t4"]);
    expect(stored.envelope.importNotes?.findings[0]).toMatchObject({ id: "stated-total", expected: 2, actual: 3 });
    expect(stored.envelope.reviewOf).toBeNull();
  });

  it("is quarantined when its import notes are malformed", () => {
    const bad = JSON.parse(fixture(3));
    bad.importNotes.absentTables = ["t9"];
    expect(readStored(JSON.stringify(bad)).kind).toBe("corrupt");
  });
});

describe("v4", () => {
  it("opens as it is, with the clerk's name for the draft", () => {
    const stored = readStored(fixture(4));
    if (stored.kind !== "ok") throw new Error(`v4 fixture did not open: ${JSON.stringify(stored)}`);
    expect(stored.migratedFrom).toBeNull();
    expect(stored.envelope.name).toBe("西工区红山街道办事处 2024年（副本）");
  });

  it("is quarantined when its name is not text", () => {
    const bad = JSON.parse(fixture(4));
    bad.name = 7;
    expect(readStored(JSON.stringify(bad)).kind).toBe("corrupt");
  });
});

describe("every stored version", () => {
  type Step = (old: StoredObject) => StoredObject;
  for (let version = 1; version <= CURRENT_VERSION; version++) {
    it(`v${version} has a frozen fixture that opens as the current version, through each step above it once`, () => {
      expect(existsSync(fixturePath(version)), `fixtures/v${version}.json`).toBe(true);
      if (version < CURRENT_VERSION) expect(MIGRATIONS[version], `MIGRATIONS[${version}]`).toBeTypeOf("function");
      const above = Object.keys(MIGRATIONS)
        .map(Number)
        .filter((v) => v >= version);
      const spies = above.map((v) => vi.spyOn(MIGRATIONS as Record<number, Step>, v));
      try {
        const stored = readStored(fixture(version));
        expect(stored.kind).toBe("ok");
        if (stored.kind === "ok") expect(stored.envelope.version).toBe(CURRENT_VERSION);
        for (const [i, spy] of spies.entries()) expect(spy, `MIGRATIONS[${above[i]}]`).toHaveBeenCalledTimes(1);
      } finally {
        vi.restoreAllMocks();
      }
    });
  }
  it("has no step beyond the current version", () => {
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .every((v) => v < CURRENT_VERSION),
    ).toBe(true);
  });
});
