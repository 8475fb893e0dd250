import { beforeAll, describe, expect, it } from "vitest";
import { type Identity, identityOf, newKeyPair, signEntry } from "../review/identity";
import { notesState } from "./notes";

const AT = new Date("2025-01-10T00:00:00.000Z");
let office: Identity;
beforeAll(async () => {
  office = await identityOf(await newKeyPair());
});

const comment = () =>
  signEntry(
    office,
    "区政务公开办",
    null,
    { kind: "comment", target: { kind: "section", section: "s5" }, text: "请补充" },
    AT,
  );
const verdict = (status: "returned" | "approved") =>
  signEntry(office, "区政务公开办", null, { kind: "verdict", status, snapshotHash: "c".repeat(64) }, AT);

describe("the status table's review column", () => {
  it("is blank without notes, and counts notes not yet sent", async () => {
    expect(notesState({ entries: [], reviewed: [] }, null)).toBe("");
    expect(notesState({ entries: [await comment()], reviewed: [] }, null)).toBe("有1条意见，未退回");
  });

  it("says 已退回 or 已通过 once handed back, and when a file arrived after that", async () => {
    const reviewed = [{ at: "2025-01-10T00:00:00.000Z" }];
    const entries = [await comment(), await verdict("returned")];
    expect(notesState({ entries, reviewed }, "2025-01-09T00:00:00.000Z")).toBe("已退回");
    expect(notesState({ entries, reviewed }, "2025-01-11T00:00:00.000Z")).toBe("已退回，之后收到新文件");
    expect(notesState({ entries: [await verdict("approved")], reviewed }, null)).toBe("已通过");
  });
});
