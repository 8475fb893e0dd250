import { beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { blankReport } from "../report";
import { type Identity, identityOf, newKeyPair } from "../review/identity";
import { makeSubmission, openSubmission, type Submission, submissionFileText } from "../review/submission";
import { hongshan2023 } from "../testing/hongshan2023";
import { MemoryBackend } from "./backend";
import v1 from "./fixtures/submissions-v1.json";
import { quarantineKey, submissionKey } from "./keys";
import { DraftRepository } from "./repository";
import { readSubmissions } from "./submissionRecord";

let me: Identity;
beforeAll(async () => {
  me = await identityOf(await newKeyPair());
});

async function submission(version: number): Promise<Submission> {
  const report = hongshan2023();
  const result = await makeSubmission({
    report,
    findings: runChecks(report, {}),
    reasons: new Map(),
    identity: me,
    name: "红山区人民政府",
    version,
    now: new Date(Date.UTC(2024, 0, 20, 8, version)),
  });
  if (!result.ok) throw new Error(result.message);
  return result.submission;
}

async function setUp() {
  const backend = new MemoryBackend();
  const repo = new DraftRepository(backend);
  const draft = await repo.createDraftFrom(blankReport());
  return { backend, repo, id: draft.id };
}

describe("定稿 versions beside a draft", () => {
  it("are appended, never replaced, and read back oldest first", async () => {
    const { repo, id } = await setUp();
    expect(await repo.submissions(id)).toEqual({ kind: "ok", submissions: [], intact: true });
    const [first, second] = [await submission(1), await submission(2)];
    expect(await repo.addSubmission(id, first)).toEqual({ ok: true, submissions: [first] });
    expect(await repo.addSubmission(id, second)).toEqual({ ok: true, submissions: [first, second] });
    expect(await repo.submissions(id)).toEqual({ kind: "ok", submissions: [first, second], intact: true });
  });

  it("refuse a version that is not the next one (another tab finalised meanwhile), writing nothing", async () => {
    const { repo, id, backend } = await setUp();
    await repo.addSubmission(id, await submission(1));
    const before = await backend.get(submissionKey(id));
    const result = await repo.addSubmission(id, await submission(1));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("另一个标签页") });
    expect(await backend.get(submissionKey(id))).toEqual(before);
  });

  it("never rewrite a record from a newer version", async () => {
    const { repo, id, backend } = await setUp();
    const newer = { type: "nianbao-submissions", version: 2, submissions: [] };
    await backend.transact([], () => ({ put: [[submissionKey(id), newer]], result: undefined }));
    expect(await repo.submissions(id)).toMatchObject({ kind: "newer", version: 2 });
    expect(await repo.addSubmission(id, await submission(1))).toMatchObject({ ok: false });
    expect(await backend.get(submissionKey(id))).toEqual(newer);
  });

  it("read a damaged record item by item without writing, and set its raw form aside on the next 定稿", async () => {
    const { repo, id, backend } = await setUp();
    const first = await submission(1);
    const damaged = { type: "nianbao-submissions", version: 1, submissions: [first, { version: "x" }] };
    await backend.transact([], () => ({ put: [[submissionKey(id), damaged]], result: undefined }));
    expect(await repo.submissions(id)).toEqual({ kind: "ok", submissions: [first], intact: false });
    expect(await backend.get(submissionKey(id))).toEqual(damaged);
    expect(await backend.get(quarantineKey(`submissions-${id}`))).toBeUndefined();
    await repo.addSubmission(id, await submission(2));
    expect(await backend.get(quarantineKey(`submissions-${id}`))).toMatchObject({
      raw: expect.stringContaining('"x"'),
    });
  });

  it("go with the draft when it is removed for good", async () => {
    const { repo, id, backend } = await setUp();
    await repo.addSubmission(id, await submission(1));
    await repo.purge(id);
    expect(await backend.get(submissionKey(id))).toBeUndefined();
  });

  it("read the frozen version-1 record as it was stored, its submission still verifying", async () => {
    const read = readSubmissions(v1);
    expect(read).toMatchObject({ kind: "ok", intact: true, submissions: [{ version: 1 }] });
    if (read.kind !== "ok") return;
    expect(read.submissions[0].reasons[0].reason).toBe("一件申请跨年度办结");
    expect((await openSubmission(submissionFileText(read.submissions[0]))).kind).toBe("verified");
  });

  it("read nothing from an absent record", () => {
    expect(readSubmissions(undefined)).toEqual({ kind: "ok", submissions: [], intact: true });
  });
});
