import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IDBFactory } from "fake-indexeddb";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { parseRoster } from "../collect";
import { blankReport, setAt } from "../report";
import { type Identity, identityOf, newKeyPair } from "../review/identity";
import { makeSubmission, type Submission } from "../review/submission";
import { hongshan2023 } from "../testing/hongshan2023";
import { type Backend, MemoryBackend } from "./backend";
import type { BackupFile } from "./backup";
import { CollectionRepository } from "./collections";
import { backupBlob, collectBackup, INCOMPLETE } from "./exportBackup";
import { IdbBackend } from "./idbBackend";
import { collectionFileKey, collectionKey, PREFIX, submissionKey } from "./keys";
import { parseBackup } from "./readBackup";
import { DraftRepository } from "./repository";
import { applyRestore, type RestoreOutcome, startRestore } from "./restore";

let me: Identity;
beforeAll(async () => {
  me = await identityOf(await newKeyPair());
});
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function submission(version: number, organ = "红山区人民政府"): Promise<Submission> {
  const report = setAt(hongshan2023(), "meta.organ", organ);
  const made = await makeSubmission({
    report,
    findings: runChecks(report, {}),
    reasons: new Map(),
    identity: me,
    name: organ,
    version,
    now: new Date(Date.UTC(2024, 0, 20, 8, version)),
  });
  if (!made.ok) throw new Error(made.message);
  return made.submission;
}

/** Every byte value, so a text-only encoding would show. */
const binary = new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 256));
const text = (s: string) => new TextEncoder().encode(s);

async function browser() {
  const backend = await IdbBackend.open();
  return { backend, drafts: new DraftRepository(backend), collections: new CollectionRepository(backend) };
}

async function officeWithWork() {
  const here = await browser();
  const { id } = await here.collections.create("西工区2023年度汇总", 2023);
  await here.collections.setRoster(id, parseRoster("甲局\n乙局"));
  await here.collections.addFiles(id, [
    { fileName: "甲.pdf", bytes: binary },
    { fileName: "乙.md", bytes: text("# 乙局") },
  ]);
  const draft = await here.drafts.createDraftFrom(hongshan2023());
  await here.drafts.addSubmission(draft.id, await submission(1));
  await here.drafts.addSubmission(draft.id, await submission(2));
  return { ...here, collectionId: id, draftId: draft.id };
}

/** The file as the browser downloads it, read back as a clerk's restore reads it. */
async function backupText(repo: DraftRepository): Promise<string> {
  return backupBlob(await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z"))).text();
}

async function restore(repo: DraftRepository, file: string): Promise<RestoreOutcome> {
  const started = await startRestore(repo, file);
  if (!started.ok) throw new Error(started.message);
  return applyRestore(repo, started.plan, new Map());
}

function edit(file: string, change: (backup: BackupFile) => void): string {
  const backup = JSON.parse(file) as BackupFile;
  change(backup);
  return JSON.stringify(backup);
}

describe("a backup carries the 汇总 workspaces and the 定稿 records", () => {
  it("brings back every collection with its roster and exact bytes, and every 定稿 version, into an empty browser", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    globalThis.indexedDB = new IDBFactory();
    const fresh = await browser();
    const outcome = await restore(fresh.drafts, file);
    expect(outcome.message).toContain("恢复 1 个汇总（共 2 个文件）");
    expect(outcome.message).toContain("1 份草稿的定稿记录（共 2 个定稿版本）");
    expect(await fresh.collections.open(office.collectionId)).toEqual(
      await office.collections.open(office.collectionId),
    );
    expect(await fresh.drafts.submissions(office.draftId)).toEqual(await office.drafts.submissions(office.draftId));
    const opened = await fresh.collections.open(office.collectionId);
    expect(opened.kind === "ok" && opened.files[0].bytes).toEqual(binary);
  });

  it("writes the file part by part, and it reads back as the same backup", async () => {
    const office = await officeWithWork();
    const backup = await collectBackup(office.drafts, null, new Date("2025-02-01T00:00:00Z"));
    expect(JSON.parse(await backupBlob(backup).text())).toEqual(JSON.parse(JSON.stringify(backup)));
    expect(backup.collections[0].files.map((f) => f.base64)).toContain(Buffer.from(binary).toString("base64"));
  });

  it("still backs up the drafts when the 汇总 cannot be read, and says so in the file", async () => {
    const office = await officeWithWork();
    const failing: Backend = Object.assign(Object.create(office.backend), {
      entries: (prefix: string) =>
        prefix === PREFIX.collection ? Promise.reject(new Error("读不出")) : office.backend.entries(prefix),
    });
    const backup = await collectBackup(new DraftRepository(failing), null, new Date());
    expect(backup.drafts).toHaveLength(1);
    expect(backup.incomplete).toBe(INCOMPLETE);
    expect((await collectBackup(office.drafts, null, new Date())).incomplete).toBeUndefined();
  });
});

describe("the version-1 backup format", () => {
  const frozen = readFileSync(fileURLToPath(new URL("./fixtures/backup-v1.json", import.meta.url)), "utf8");

  it("reads as version 2 with no 汇总 and no 定稿 records, and restores its drafts, review and quarantine", async () => {
    const parsed = parseBackup(frozen);
    expect(parsed.ok && parsed.backup).toMatchObject({ version: 2, collections: [], submissions: {} });
    const { drafts } = await browser();
    const outcome = await restore(drafts, frozen);
    expect(outcome).toMatchObject({ added: 1, unreadable: 1, extras: { collectionsAdded: 0, submissionDrafts: 0 } });
    expect(outcome.message).toBe("恢复完成：新增 1 份，无法读取 1 条（已放入“无法打开的记录”）。");
    const listing = await drafts.list();
    expect(listing.drafts[0].organ).toBe("西工区档案馆");
    expect(listing.quarantined.map((q) => q.raw)).toEqual(["{nope"]);
    expect(await drafts.review("frozen-1")).toMatchObject({ entries: [] });
  });
});

describe("restoring a 汇总 merges it, never replacing anything here", () => {
  it("keeps a file with the same id and bytes once, however often the backup is restored", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    const outcome = await restore(office.drafts, file);
    expect(outcome.extras).toMatchObject({ collectionsMerged: 1, files: 0, filesAlreadyHere: 2 });
    expect(outcome.message).toContain("2 个文件本机已有，未重复添加");
    const opened = await office.collections.open(office.collectionId);
    expect(opened.kind === "ok" && opened.files).toHaveLength(2);
  });

  it("keeps both when the same file id holds other bytes here, the local bytes untouched, and adds no third copy", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    const [first] = (await office.collections.list()).collections[0].files;
    const mine = { type: "nianbao-collection-file", version: 1, id: first.id, bytes: text("本机另收的一份") };
    await office.backend.transact([], () => ({
      put: [[collectionFileKey(office.collectionId, first.id), mine]],
      result: 0,
    }));
    const outcome = await restore(office.drafts, file);
    expect(outcome.extras).toMatchObject({ files: 1, filesAlreadyHere: 1 });
    expect(outcome.message).toContain("两份都保留");
    const opened = await office.collections.open(office.collectionId);
    if (opened.kind !== "ok") throw new Error(opened.kind);
    expect(opened.files.map((f) => f.fileName)).toEqual(["甲.pdf", "乙.md", "甲.pdf"]);
    expect(opened.files[0].bytes).toEqual(text("本机另收的一份"));
    expect(opened.files[2].bytes).toEqual(binary);
    expect(opened.files[2].id).not.toBe(first.id);
    expect((await restore(office.drafts, file)).extras).toMatchObject({ files: 0, filesAlreadyHere: 2 });
  });

  it("gives the bytes back to a file listed here whose bytes were lost", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    const [first] = (await office.collections.list()).collections[0].files;
    await office.backend.transact([], () => ({ del: [collectionFileKey(office.collectionId, first.id)], result: 0 }));
    const before = await office.collections.open(office.collectionId);
    expect(before.kind === "ok" && before.missingFiles).toHaveLength(1);
    expect((await restore(office.drafts, file)).extras).toMatchObject({ files: 1, filesAlreadyHere: 1 });
    const after = await office.collections.open(office.collectionId);
    expect(after.kind === "ok" && after).toMatchObject({ missingFiles: [], files: [{ bytes: binary }, {}] });
  });

  it("keeps the local roster and says so when the backup's differs, and says nothing when they agree", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    expect((await restore(office.drafts, file)).message).not.toContain("单位名单");
    await office.collections.setRoster(office.collectionId, parseRoster("丙局"));
    const outcome = await restore(office.drafts, file);
    expect(outcome.message).toContain("本机的单位名单与备份中的不同（备份中有 2 个单位）：保留了本机的名单");
    const opened = await office.collections.open(office.collectionId);
    expect(opened.kind === "ok" && opened.collection.roster.map((u) => u.name)).toEqual(["丙局"]);
  });

  it("adds a file of the backup this collection lacks, keeping the files received here", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    await office.collections.addFiles(office.collectionId, [{ fileName: "丙.md", bytes: text("# 丙局") }]);
    const [first] = (await office.collections.list()).collections[0].files;
    await office.collections.removeFile(office.collectionId, first.id);
    expect((await restore(office.drafts, file)).extras).toMatchObject({ files: 1, filesAlreadyHere: 1 });
    const opened = await office.collections.open(office.collectionId);
    expect(opened.kind === "ok" && opened.files.map((f) => f.fileName)).toEqual(["乙.md", "丙.md", "甲.pdf"]);
  });

  it("leaves a collection here from a newer version untouched, saying why", async () => {
    const office = await officeWithWork();
    const file = await backupText(office.drafts);
    const newer = { ...((await office.backend.get(collectionKey(office.collectionId))) as object), version: 2 };
    await office.backend.transact([], () => ({ put: [[collectionKey(office.collectionId), newer]], result: 0 }));
    const outcome = await restore(office.drafts, file);
    expect(outcome.message).toContain("以下内容没有恢复：汇总“西工区2023年度汇总”没有恢复：这个汇总由更新版本");
    expect(await office.backend.get(collectionKey(office.collectionId))).toEqual(newer);
  });

  it("skips a collection of the backup from a newer version, restoring the rest", async () => {
    const office = await officeWithWork();
    const file = edit(await backupText(office.drafts), (b) => {
      (b.collections[0].record as { version: number }).version = 2;
    });
    globalThis.indexedDB = new IDBFactory();
    const fresh = await browser();
    const outcome = await restore(fresh.drafts, file);
    expect(outcome.message).toContain("汇总“西工区2023年度汇总”由更新版本的年报编制保存，没有恢复");
    expect(outcome.extras.submissionDrafts).toBe(1);
    expect((await fresh.collections.list()).collections).toEqual([]);
  });

  it("refuses the whole file when a file's bytes are damaged, writing nothing", async () => {
    const office = await officeWithWork();
    const file = edit(await backupText(office.drafts), (b) => {
      b.collections[0].files[0].base64 = "不是base64";
    });
    globalThis.indexedDB = new IDBFactory();
    const fresh = await browser();
    const started = await startRestore(fresh.drafts, file);
    expect(started.ok).toBe(false);
    expect(!started.ok && started.message).toContain("第1个汇总的文件内容格式有误");
    expect(await fresh.drafts.isEmpty()).toBe(true);
  });
});

describe("restoring 定稿 records adds what is missing and rewrites no version", () => {
  async function draftWith(...versions: Submission[]) {
    const here = await browser();
    const draft = await here.drafts.createDraftFrom(hongshan2023());
    for (const s of versions) await here.drafts.addSubmission(draft.id, s);
    return { ...here, id: draft.id };
  }

  /** A backup of this draft whose 定稿 record holds `versions`. */
  async function backupWith(repo: DraftRepository, id: string, versions: Submission[]) {
    return edit(await backupText(repo), (b) => {
      b.submissions = { [id]: { type: "nianbao-submissions", version: 1, submissions: versions } };
    });
  }

  it("adds the versions missing here and keeps the ones here once", async () => {
    const [v1, v2] = [await submission(1), await submission(2)];
    const here = await draftWith(v1);
    const outcome = await restore(here.drafts, await backupWith(here.drafts, here.id, [v1, v2]));
    expect(outcome.extras).toMatchObject({ submissionVersions: 1, submissionsAlreadyHere: 1 });
    expect(outcome.message).toContain("1 份草稿的定稿记录（共 1 个定稿版本），1 个定稿版本本机已有，未重复添加");
    expect(await here.drafts.submissions(here.id)).toMatchObject({ submissions: [v1, v2] });
  });

  it("keeps both when a version here and the backup's share a number, the one here first and unchanged", async () => {
    const [v1, mine, theirs] = [await submission(1), await submission(2), await submission(2, "红山区人民政府办公室")];
    const here = await draftWith(v1, mine);
    const outcome = await restore(here.drafts, await backupWith(here.drafts, here.id, [v1, theirs]));
    expect(outcome.message).toContain("1 个定稿版本与本机同一版号的定稿不同：两份都保留");
    expect(await here.drafts.submissions(here.id)).toMatchObject({ submissions: [v1, mine, theirs] });
    expect((await restore(here.drafts, await backupWith(here.drafts, here.id, [theirs]))).extras).toMatchObject({
      submissionVersions: 0,
      submissionsAlreadyHere: 1,
    });
  });

  it("refuses a tampered version item by item, restoring the versions that verify", async () => {
    const [v1, v2] = [await submission(1), await submission(2)];
    const here = await draftWith();
    const tampered = { ...v2, report: setAt(v2.report, "meta.organ", "冒名单位") };
    const outcome = await restore(here.drafts, await backupWith(here.drafts, here.id, [v1, tampered]));
    expect(outcome.message).toContain(
      "以下内容没有恢复：草稿“红山区人民政府 2023年”的定稿第 2 版：校验值或签名与内容不符，备份文件中的这一版在定稿后被改动过，没有恢复这一版。",
    );
    expect(await here.drafts.submissions(here.id)).toMatchObject({ submissions: [v1] });
    const unsigned = { ...v1, version: 3, signature: "AAAA" };
    const second = await restore(
      here.drafts,
      await backupWith(here.drafts, here.id, [unsigned, { version: "x" }] as never),
    );
    expect(second.extras.skipped).toEqual([
      expect.stringContaining("定稿第 3 版：校验值或签名与内容不符"),
      expect.stringContaining("定稿记录第 2 项：格式有误"),
    ]);
    expect(await here.drafts.submissions(here.id)).toMatchObject({ submissions: [v1] });
  });

  it("never rewrites a record here from a newer version, saying why", async () => {
    const here = await draftWith();
    const newer = { type: "nianbao-submissions", version: 2, submissions: [] };
    await here.backend.transact([], () => ({ put: [[submissionKey(here.id), newer]], result: 0 }));
    const outcome = await restore(here.drafts, await backupWith(here.drafts, here.id, [await submission(1)]));
    expect(outcome.message).toContain("本机的定稿记录由更新版本的年报编制保存");
    expect(await here.backend.get(submissionKey(here.id))).toEqual(newer);
  });

  it("restores into the draft a backup made from a browser that kept drafts in memory", async () => {
    const memory = new DraftRepository(new MemoryBackend());
    const draft = await memory.createDraftFrom(blankReport());
    await memory.addSubmission(draft.id, await submission(1));
    const { drafts } = await browser();
    await restore(drafts, await backupText(memory));
    expect(await drafts.submissions(draft.id)).toMatchObject({ submissions: [{ version: 1 }] });
  });
});
