import { beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { blankReport, getAt, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { snapshotHash } from "./canonical";
import { type Identity, identityOf, newKeyPair } from "./identity";
import {
  changedSince,
  makeSubmission,
  needsReason,
  openSubmission,
  reasonKey,
  type Submission,
  submissionFileText,
  TAMPERED,
} from "./submission";

const NOW = new Date("2024-01-20T08:00:00.000Z");
let me: Identity;
beforeAll(async () => {
  me = await identityOf(await newKeyPair());
});

/** A finished report with one error left: 表三's 总计 off by one. */
function reportWithError() {
  const report = hongshan2023();
  return setAt(report, "t3.granted.natural", Number(getAt(report, "t3.granted.natural")) + 1);
}

async function submit(report = hongshan2023(), reasons = new Map<string, string>(), version = 1) {
  const findings = runChecks(report, {});
  const result = await makeSubmission({
    report,
    findings,
    reasons,
    identity: me,
    name: "红山区人民政府",
    version,
    now: NOW,
  });
  if (!result.ok) throw new Error(result.message);
  return result.submission;
}

const reasonsFor = (report: ReturnType<typeof hongshan2023>, text: string) =>
  new Map(needsReason(runChecks(report, {})).map((f) => [reasonKey(f), text]));

describe("定稿 binds the report's hash", () => {
  it("carries the review's canonical hash of exactly the report, and the file opens as verified", async () => {
    const report = hongshan2023();
    const submission = await submit(report);
    expect(submission.snapshotHash).toBe(await snapshotHash(report));
    expect(submission.signer).toEqual({ name: "红山区人民政府", key: me.key });
    const opened = await openSubmission(submissionFileText(submission));
    expect(opened).toEqual({ kind: "verified", submission, draftId: null });
  });

  it("carries the draft it came from beside the signed part, for the 汇总's hand-back", async () => {
    const submission = await submit();
    const text = submissionFileText(submission, "draft-7");
    expect(JSON.parse(text).draftId).toBe("draft-7");
    expect(await openSubmission(text)).toEqual({ kind: "verified", submission, draftId: "draft-7" });
  });

  it("tells an edit after 定稿 from the finalised version", async () => {
    const submission = await submit();
    expect(await changedSince(submission, hongshan2023())).toBe(false);
    expect(await changedSince(submission, setAt(hongshan2023(), "s1.proactive.body", "改过的总体情况"))).toBe(true);
  });
});

describe("a tampered submission file is refused", () => {
  const edited = (submission: Submission, edit: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(submissionFileText(submission));
    edit(file);
    return JSON.stringify(file);
  };

  it("when a figure of the report was changed", async () => {
    const text = edited(await submit(), (f) => {
      f.report = setAt(f.report as ReturnType<typeof hongshan2023>, "t3.granted.natural", 999);
    });
    expect(await openSubmission(text)).toMatchObject({ kind: "mismatch", message: TAMPERED });
  });

  it("when the report and its hash were both changed (the signature no longer holds)", async () => {
    const submission = await submit();
    const report = setAt(submission.report, "s1.proactive.body", "别人改写的正文");
    const hash = await snapshotHash(report);
    const text = edited(submission, (f) => {
      f.report = report;
      f.snapshotHash = hash;
    });
    expect(await openSubmission(text)).toMatchObject({ kind: "mismatch", message: TAMPERED });
  });

  it("when a reason was rewritten", async () => {
    const report = reportWithError();
    const text = edited(await submit(report, reasonsFor(report, "统计口径不同")), (f) => {
      (f.reasons as { reason: string }[])[0].reason = "另一个理由";
    });
    expect(await openSubmission(text)).toMatchObject({ kind: "mismatch" });
  });

  it("when it is not a submission, is cut short or from a newer version, with a Chinese reason", async () => {
    const text = submissionFileText(await submit());
    expect(await openSubmission(text.slice(0, 300))).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/已损坏/),
    });
    expect(await openSubmission('{"format":"xxgk-annual-report"}')).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/不是/),
    });
    expect(await openSubmission(text.replace('"formatVersion": 1', '"formatVersion": 9'))).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/更新版本/),
    });
  });
});

describe("every error and to-do needs a reason", () => {
  it("is refused while any is without one, naming how many", async () => {
    const report = reportWithError();
    const findings = runChecks(report, {});
    const open = needsReason(findings);
    expect(open.some((f) => f.severity === "error")).toBe(true);
    const some = new Map([[reasonKey(open[0]), "理由"]]);
    const result = await makeSubmission({
      report,
      findings,
      reasons: some,
      identity: me,
      name: "x",
      version: 1,
      now: NOW,
    });
    if (open.length > 1) expect(result).toMatchObject({ ok: false, missing: open.slice(1) });
    const blank = new Map(open.map((f) => [reasonKey(f), "   "]));
    const none = await makeSubmission({
      report,
      findings,
      reasons: blank,
      identity: me,
      name: "x",
      version: 1,
      now: NOW,
    });
    expect(none).toMatchObject({ ok: false, message: expect.stringContaining(`${open.length} 处`) });
  });

  it("a blank report's to-dos count too", () => {
    const open = needsReason(runChecks(blankReport(), {}));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((f) => f.severity === "error" || f.todo)).toBe(true);
  });

  it("is kept with the submission, one per finding, as the finding read then", async () => {
    const report = reportWithError();
    const submission = await submit(report, reasonsFor(report, "  本年有一件跨年转入  "));
    const open = needsReason(runChecks(report, {}));
    expect(submission.reasons).toEqual(
      open.map((f) => ({ fingerprint: reasonKey(f), checkId: f.id, message: f.message, reason: "本年有一件跨年转入" })),
    );
  });

  it("a clean report needs none", async () => {
    expect(needsReason(runChecks(hongshan2023(), {}))).toEqual([]);
    expect((await submit()).reasons).toEqual([]);
  });
});
