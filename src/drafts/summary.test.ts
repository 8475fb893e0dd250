import { describe, expect, it } from "vitest";
import { type DraftSummary, filterDrafts, findLastYear, isExpired } from "./summary";

function summary(id: string, organ: string, year: number | null, savedAt: string, extra: Partial<DraftSummary> = {}) {
  return {
    summaryVersion: 2,
    id,
    organ,
    year,
    revision: 1,
    createdAt: savedAt,
    savedAt,
    deletedAt: null,
    findings: { error: 0, warning: 0, info: 0 },
    newerVersion: null,
    reviewCopy: false,
    ...extra,
  } as DraftSummary;
}

const drafts = [
  summary("a", "红山街道", 2023, "2024-01-01"),
  summary("b", "红山街道", 2023, "2024-02-01"),
  summary("c", "东区政府", 2024, "2025-01-01"),
  summary("d", "红山街道", 2024, "2025-03-01", { deletedAt: "2025-03-02T00:00:00Z" }),
];

describe("filterDrafts", () => {
  it("hides the trash, filters by year and body, newest first", () => {
    expect(filterDrafts(drafts, { year: null, organ: "" }).map((d) => d.id)).toEqual(["c", "b", "a"]);
    expect(filterDrafts(drafts, { year: 2023, organ: "" }).map((d) => d.id)).toEqual(["b", "a"]);
    expect(filterDrafts(drafts, { year: null, organ: "东区政府" }).map((d) => d.id)).toEqual(["c"]);
  });
});

describe("findLastYear", () => {
  it("prefers the draft it was rolled forward from, else the newest of that body and year − 1", () => {
    expect(findLastYear(drafts, "红山街道", 2024, "a")?.id).toBe("a");
    expect(findLastYear(drafts, "红山街道", 2024)?.id).toBe("b");
    expect(findLastYear(drafts, "红山街道", 2025)).toBeUndefined();
    expect(findLastYear(drafts, "", 2024)).toBeUndefined();
  });

  it("never takes a reviewer's copy of someone else's report as this body's last year", () => {
    const withCopy = [...drafts, summary("r", "红山街道", 2023, "2024-06-01", { reviewCopy: true })];
    expect(findLastYear(withCopy, "红山街道", 2024)?.id).toBe("b");
    expect(findLastYear(withCopy, "红山街道", 2024, "r")?.id).toBe("b");
  });
});

describe("isExpired", () => {
  it("is true 30 days after deletion", () => {
    const deleted = drafts[3];
    expect(isExpired(deleted, new Date("2025-03-31T00:00:00Z"))).toBe(false);
    expect(isExpired(deleted, new Date("2025-04-02T00:00:00Z"))).toBe(true);
    expect(isExpired(drafts[0], new Date("2030-01-01"))).toBe(false);
  });
});
