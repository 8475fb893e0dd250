import { describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { newEnvelope, readStored, serializeEnvelope } from "./envelope";
import { CURRENT_VERSION } from "./migrations";

const valid = () => newEnvelope({ id: "a", report: blankReport(), now: "2025-01-01T00:00:00.000Z" });

describe("readStored", () => {
  it("reads back what was written", () => {
    const envelope = valid();
    expect(readStored(serializeEnvelope(envelope))).toEqual({ kind: "ok", envelope, migratedFrom: null });
  });

  it("keeps text a clerk typed into a number cell", () => {
    const envelope = { ...valid(), report: setAt(blankReport(), "t3.received.natural", "abc") };
    expect(readStored(serializeEnvelope(envelope)).kind).toBe("ok");
  });

  it("keeps a number a file's schema refuses (an import read −3, 2.5, the year 1999), for the checks to show", () => {
    let report = setAt(setAt(blankReport(), "t3.received.natural", -3), "t3.granted.natural", 2.5);
    report = setAt(setAt(report, "t2.fees.amount", 1.234567), "meta.year", 1999);
    const stored = readStored(serializeEnvelope({ ...valid(), report }));
    expect(stored.kind === "ok" && stored.envelope.report).toEqual(report);
  });

  it.each([
    ["not text", { a: 1 }, "记录不是文本"],
    ["bad JSON", '{"type":"nianbao-draft",', "不是有效的 JSON"],
    ["another app's JSON", '{"elements":[]}', "不是年报草稿记录"],
    ["no version", JSON.stringify({ ...valid(), version: undefined }), "格式版本号"],
    ["a report failing the schema", JSON.stringify({ ...valid(), report: { meta: {} } }), "报告内容不符合格式"],
    ["an unknown envelope key", JSON.stringify({ ...valid(), extra: 1 }), "草稿记录不符合格式"],
    [
      "a wrong cell type",
      JSON.stringify({ ...valid(), report: setAt(blankReport(), "t3.received.natural", true) }),
      "t3.received.natural",
    ],
  ])("calls %s corrupt, never an empty draft", (_, raw, reason) => {
    const stored = readStored(raw);
    expect(stored.kind).toBe("corrupt");
    expect(stored.kind === "corrupt" && stored.reason).toContain(reason);
  });

  it("recognises a newer version and still shows its report when it can", () => {
    const raw = JSON.stringify({ ...valid(), version: CURRENT_VERSION + 1, somethingNew: true });
    const stored = readStored(raw);
    expect(stored).toMatchObject({ kind: "newer", version: CURRENT_VERSION + 1, id: "a", revision: 1 });
    expect(stored.kind === "newer" && stored.report).toEqual(blankReport());
  });
});
