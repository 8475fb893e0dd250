import { beforeAll, describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { canonicalJson, snapshotHash } from "./canonical";
import { diffReports, editablePaths } from "./diff";
import { type Identity, identityOf, newKeyPair, signEntry } from "./identity";
import { decodeFragment, encodeFragment, LINK_WARN_LENGTH } from "./link";
import { type HandBackBody, openMessage, REVIEW_FORMAT_VERSION, sealMessage, shareBody } from "./message";
import { activeDispositions } from "./model";

const NOW = new Date("2024-01-20T08:00:00.000Z");
let me: Identity;
beforeAll(async () => {
  me = await identityOf(await newKeyPair());
});

async function sharedMessage() {
  return sealMessage(await shareBody("draft-1", 7, hongshan2023(), [], NOW), me);
}

describe("canonical JSON and hashes", () => {
  it("do not depend on key order", async () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      '{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}',
    );
    expect(await snapshotHash({ a: 1, b: 2 })).toBe(await snapshotHash({ b: 2, a: 1 }));
    expect(await snapshotHash({ a: 1 })).not.toBe(await snapshotHash({ a: 2 }));
  });
});

describe("share links", () => {
  it("round-trip a whole report through the fragment, well under the warning length", async () => {
    const message = await sharedMessage();
    const fragment = await encodeFragment(message);
    expect(fragment).toMatch(/^xxgk1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(LINK_WARN_LENGTH * 2);
    const decoded = await decodeFragment(`#${fragment}`);
    expect(decoded).toEqual({ ok: true, json: message });
    const opened = await openMessage(decoded.ok ? decoded.json : null);
    expect(opened.ok && opened.body.kind === "share" && opened.body.report).toEqual(hongshan2023());
  });

  it("carry the draft as it is: text typed in a number cell, and a number the cell does not accept", async () => {
    const report = setAt(setAt(hongshan2023(), "t3.received.natural", "两件"), "t3.granted.natural", -3);
    const opened = await openMessage(
      JSON.parse(JSON.stringify(await sealMessage(await shareBody("d", 1, report, [], NOW), me))),
    );
    expect(opened.ok && opened.body.kind === "share" && opened.body.report).toEqual(report);
  });

  it("refuse a truncated link", async () => {
    const fragment = await encodeFragment(await sharedMessage());
    const result = await decodeFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(result).toMatchObject({ ok: false, reason: "truncated" });
    if (!result.ok) expect(result.message).toContain("截断");
  });

  it("refuse a foreign link and one from a newer version", async () => {
    expect(await decodeFragment("#/settings")).toMatchObject({ ok: false, reason: "foreign" });
    const fragment = await encodeFragment({});
    expect(await decodeFragment(fragment.replace(/^xxgk1/, "xxgk2"))).toMatchObject({ ok: false, reason: "newer" });
  });

  it("refuse an edited payload even when it decodes", async () => {
    const message = await sharedMessage();
    const edited = structuredClone(message);
    if (edited.body.kind === "share") edited.body.report = setAt(edited.body.report, "t3.received.natural", 9);
    const result = await openMessage(edited);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("改动");
  });

  it("refuse a report whose stated snapshot hash does not match, and other apps' JSON", async () => {
    const body = await shareBody("draft-1", 7, hongshan2023(), [], NOW);
    const forged = await sealMessage({ ...body, report: blankReport() }, me);
    expect((await openMessage(forged)).ok).toBe(false);
    expect(await openMessage({ type: "excalidraw", elements: [] })).toMatchObject({ ok: false });
    expect(await openMessage({ ...(await sharedMessage()), formatVersion: 99 })).toMatchObject({
      ok: false,
      message: expect.stringContaining("更新版本"),
    });
  });
});

describe("dispositions and hand-backs", () => {
  it("keep a disposition only while its finding (same figures) exists", () => {
    const d = {
      fingerprint: "fee-not-reported:s6",
      checkId: "fee-not-reported",
      status: "notApplicable" as const,
      reason: "本机关未收取信息处理费，已在六中说明。",
      id: "e1",
      author: { name: "王科长", key: "" },
      at: NOW.toISOString(),
    };
    expect(activeDispositions([d], new Set(["fee-not-reported:s6"]))).toEqual([d]);
    expect(activeDispositions([d], new Set(["balance:natural:2:1"]))).toEqual([]);
  });

  it("travel in a sealed hand-back", async () => {
    const body: HandBackBody = {
      kind: "handback",
      draftId: "draft-1",
      reviewedHash: await snapshotHash(hongshan2023()),
      reviewedRevision: 7,
      reviewer: "王科长",
      handedBackAt: NOW.toISOString(),
      entries: [
        await signEntry(
          me,
          "王科长",
          null,
          { kind: "comment", target: { kind: "section", section: "s6" }, text: "请核对" },
          NOW,
        ),
      ],
    };
    expect(await openMessage(await sealMessage(body, me))).toEqual({ ok: true, body, signer: me.key });
  });

  it("refuse a body changed after signing even with its checksum recomputed, and an unsigned older format", async () => {
    const message = await sharedMessage();
    const edited = structuredClone(message);
    if (edited.body.kind === "share") edited.body.revision = 8;
    edited.checksum = await snapshotHash(edited.body);
    expect(await openMessage(edited)).toMatchObject({ ok: false, message: expect.stringContaining("签名与内容不符") });
    expect(await openMessage({ ...message, signature: "AAAA" })).toMatchObject({ ok: false });
    expect(await openMessage({ ...message, formatVersion: REVIEW_FORMAT_VERSION - 1 })).toMatchObject({
      ok: false,
      message: expect.stringContaining("旧版本"),
    });
  });
});

describe("changes since the reviewed version", () => {
  it("list every field and cell that differs, old → new, in document order", () => {
    const before = hongshan2023();
    let after = setAt(before, "t3.granted.natural", 1);
    after = setAt(after, "t3.partial.natural", 1);
    after = setAt(after, "s6.body", "本年度未收取信息处理费。");
    after = setAt(after, "meta.organ", "洛阳市西工区红山街道办事处");
    expect(diffReports(before, after)).toEqual([
      { path: "meta.organ", label: "机关全称", before: "西工区红山街道办事处", after: "洛阳市西工区红山街道办事处" },
      { path: "t3.granted.natural", label: "表三 （一）予以公开 自然人", before: 2, after: 1 },
      {
        path: "t3.partial.natural",
        label: "表三 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 自然人",
        before: 0,
        after: 1,
      },
      { path: "s6.body", label: "六、其他需要报告的事项", before: "无", after: "本年度未收取信息处理费。" },
    ]);
    expect(diffReports(before, before)).toEqual([]);
  });

  it("cover every editable path once", () => {
    const paths = editablePaths();
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("s1.proactive.heading");
    expect(paths).toContain("t2.fees.amount");
    expect(paths.indexOf("t4.review.upheld")).toBeLessThan(paths.indexOf("s5.problems.body"));
  });
});
