import { beforeAll, describe, expect, it } from "vitest";
import { blankReport, type Report, setAt } from "../report";
import type { Entry } from "./entry";
import { type Identity, identityOf, newKeyPair, signEntry } from "./identity";
import type { Submission } from "./submission";
import { listVersions } from "./versions";

let reviewer: Identity;
beforeAll(async () => {
  reviewer = await identityOf(await newKeyPair());
});
const at = (minute: number) => new Date(Date.UTC(2025, 0, 10, 8, minute)).toISOString();
const hash = (n: number) => String(n).repeat(64).slice(0, 64);
const report = (text: string): Report => setAt(setAt(blankReport(), "meta.organ", "某某局"), "s6.body", text) as Report;
const verdict = (status: "approved" | "returned", h: string, minute: number): Promise<Entry> =>
  signEntry(reviewer, "李审", null, { kind: "verdict", status, snapshotHash: h }, new Date(at(minute)));

describe("listVersions", () => {
  it("lists shares, hand-backs, approvals and 定稿 oldest first, the current content last, each with its content", async () => {
    const submission = {
      version: 1,
      submittedAt: at(5),
      snapshotHash: hash(3),
      report: report("三"),
      signer: { name: "某某局", key: reviewer.key },
    } as Submission;
    const versions = listVersions({
      shares: [
        { snapshotHash: hash(1), sharedAt: at(0), report: report("一") },
        { snapshotHash: hash(2), sharedAt: at(2), report: report("二") },
      ],
      reviewed: [{ hash: hash(1), at: at(1), by: "李审" }],
      entries: [await verdict("approved", hash(2), 3), await verdict("returned", hash(1), 1)],
      submissions: [submission],
      current: { report: report("四"), hash: null },
    });
    expect(versions.map((v) => [v.label, v.who.replace(/（.*）/, ""), v.report?.s6.body])).toEqual([
      ["分享", "某某局", "一"],
      ["退回意见所依据的版本", "李审", "一"],
      ["分享", "某某局", "二"],
      ["通过的版本", "李审", "二"],
      ["定稿第1版", "某某局", "三"],
      ["当前内容", "某某局", "四"],
    ]);
    expect(versions.find((v) => v.kind === "approved")?.who).toMatch(/^李审（[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}）$/);
    expect(new Set(versions.map((v) => v.id)).size).toBe(versions.length);
  });

  it("lists a version whose content is no longer kept, with no content, and finds a 定稿's content by hash", async () => {
    const submission = {
      version: 1,
      submittedAt: at(0),
      snapshotHash: hash(7),
      report: report("定"),
      signer: { name: "某某局", key: reviewer.key },
    } as Submission;
    const versions = listVersions({
      shares: [],
      reviewed: [
        { hash: hash(9), at: at(1) },
        { hash: hash(7), at: at(2) },
      ],
      entries: [],
      submissions: [submission],
      current: { report: report("四"), hash: hash(4) },
    });
    const reviewed = versions.filter((v) => v.kind === "reviewed");
    expect(reviewed.map((v) => [v.who, v.report?.s6.body ?? null])).toEqual([
      ["审阅人", null],
      ["审阅人", "定"],
    ]);
    expect(versions.at(-1)?.hash).toBe(hash(4));
  });
});
