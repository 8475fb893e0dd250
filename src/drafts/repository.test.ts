import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { MemoryBackend } from "./backend";
import { IdbBackend } from "./idbBackend";
import { draftKey, preMigrationKey, summaryKey } from "./keys";
import { DraftRepository } from "./repository";

let clock = Date.parse("2025-01-10T00:00:00.000Z");
let ids = 0;
const now = () => new Date(clock);
const newId = () => `id-${++ids}`;

async function idbRepo() {
  return new DraftRepository(await IdbBackend.open(), now, newId);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = Date.parse("2025-01-10T00:00:00.000Z");
  ids = 0;
});

describe.each([
  ["IndexedDB", idbRepo],
  ["memory", async () => new DraftRepository(new MemoryBackend(), now, newId)],
])("DraftRepository on %s", (_, makeRepo) => {
  it("marks a reviewer's copy in the list, also where the summary was written before that mark existed", async () => {
    const repo = await makeRepo();
    const own = await repo.createDraftFrom(hongshan2023());
    const reviewOf = { draftId: "elsewhere", revision: 3, snapshotHash: "abc", sharedAt: "2025-01-09T00:00:00.000Z" };
    const copy = await repo.createDraftFrom(hongshan2023(), { reviewOf });
    const marks = async () => Object.fromEntries((await repo.list()).drafts.map((d) => [d.id, d.reviewCopy]));
    expect(await marks()).toEqual({ [own.id]: false, [copy.id]: true });
    const { reviewCopy: _, ...old } = (await repo.list()).drafts.find((d) => d.id === copy.id) ?? {};
    await repo.backend.transact([], () => ({ put: [[summaryKey(copy.id), { ...old, summaryVersion: 1 }]], result: 0 }));
    expect(await marks()).toEqual({ [own.id]: false, [copy.id]: true });
  });

  it("keeps an import's notes with the new draft, through saves and duplicates", async () => {
    const repo = await makeRepo();
    const t4Blank = setAt(hongshan2023(), "t4.review.upheld", null);
    const created = await repo.createDraftFrom(t4Blank, { context: { absentTables: ["t4"] } });
    expect(created.importNotes).toEqual({ absentTables: ["t4"], findings: [] });
    await repo.save(created.id, t4Blank, 1);
    const opened = await repo.open(created.id);
    expect(opened.kind === "ok" && opened.envelope.importNotes).toEqual({ absentTables: ["t4"], findings: [] });
    const copy = await repo.duplicate(created.id, "副本");
    expect(copy?.importNotes).toEqual({ absentTables: ["t4"], findings: [] });
    const { drafts } = await repo.list();
    expect(drafts.find((d) => d.id === created.id)?.findings.todo).toBeGreaterThan(0);
    expect((await repo.createDraftFrom(blankReport())).importNotes).toBeNull();
  });

  it("creates, saves and reopens a draft; the list reads summaries with finding counts", async () => {
    const repo = await makeRepo();
    const created = await repo.createDraftFrom(blankReport());
    expect(created.revision).toBe(1);
    clock += 1000;
    const saved = await repo.save(created.id, hongshan2023(), 1);
    expect(saved).toEqual({ ok: true, revision: 2, savedAt: "2025-01-10T00:00:01.000Z" });
    const opened = await repo.open(created.id);
    expect(opened.kind === "ok" && opened.envelope.report).toEqual(hongshan2023());
    const { drafts } = await repo.list();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ organ: "西工区红山街道办事处", year: 2023, revision: 2 });
    expect(drafts[0].findings.error).toBe(0);
  });

  it("refuses a write that expects an older revision, and writes nothing", async () => {
    const repo = await makeRepo();
    const { id } = await repo.createDraftFrom(blankReport());
    await repo.save(id, setAt(blankReport(), "s6.body", "新的"), 1);
    const stale = await repo.save(id, setAt(blankReport(), "s6.body", "旧标签页"), 1);
    expect(stale).toEqual({ ok: false, reason: "conflict", storedRevision: 2 });
    const opened = await repo.open(id);
    expect(opened.kind === "ok" && opened.envelope.report.s6.body).toBe("新的");
  });

  it("moves a draft to the trash, restores it, and forgets it after 30 days", async () => {
    const repo = await makeRepo();
    const { id } = await repo.createDraftFrom(blankReport());
    await repo.trash(id);
    expect((await repo.list()).drafts[0].deletedAt).toBe("2025-01-10T00:00:00.000Z");
    await repo.restoreFromTrash(id);
    expect((await repo.list()).drafts[0].deletedAt).toBeNull();
    await repo.trash(id);
    clock += 29 * 24 * 3600 * 1000;
    expect((await repo.list()).drafts).toHaveLength(1);
    clock += 2 * 24 * 3600 * 1000;
    expect((await repo.list()).drafts).toHaveLength(0);
    // Listing is a read: the draft goes for good only when the housekeeping runs.
    expect(await repo.backend.get(draftKey(id))).toBeDefined();
    await repo.housekeep();
    expect(await repo.backend.get(draftKey(id))).toBeUndefined();
  });

  it("duplicates a draft as a new one", async () => {
    const repo = await makeRepo();
    const { id } = await repo.createDraftFrom(hongshan2023());
    const copy = await repo.duplicate(id, "红山 2023年（副本）");
    expect(copy?.id).not.toBe(id);
    expect(copy?.report).toEqual(hongshan2023());
    const { drafts } = await repo.list();
    expect(drafts).toHaveLength(2);
    expect(drafts.find((d) => d.id === copy?.id)?.name).toBe("红山 2023年（副本）");
    expect(drafts.find((d) => d.id === id)?.name).toBeNull();
  });

  it("renames a draft as a revision, and an empty name gives back the default one", async () => {
    const repo = await makeRepo();
    const { id } = await repo.createDraftFrom(hongshan2023());
    expect(await repo.rename(id, "  红山 2023 终稿 ")).toBe(true);
    let opened = await repo.open(id);
    expect(opened.kind === "ok" && [opened.envelope.name, opened.envelope.revision]).toEqual(["红山 2023 终稿", 2]);
    expect((await repo.list()).drafts[0].name).toBe("红山 2023 终稿");
    await repo.rename(id, "   ");
    opened = await repo.open(id);
    expect(opened.kind === "ok" && opened.envelope.name).toBeNull();
    expect(await repo.rename("no-such-draft", "x")).toBe(false);
  });

  it("quarantines a corrupt record instead of opening it as empty, keeping the raw text", async () => {
    const repo = await makeRepo();
    await repo.backend.transact([], () => ({ put: [[draftKey("bad"), '{"type":"nianbao-draft","vers']], result: 0 }));
    expect(await repo.open("bad")).toMatchObject({ kind: "quarantined" });
    const listing = await repo.list();
    expect(listing.drafts).toHaveLength(0);
    expect(listing.quarantined).toEqual([
      expect.objectContaining({
        id: "bad",
        raw: '{"type":"nianbao-draft","vers',
        reason: expect.stringContaining("JSON"),
      }),
    ]);
    expect(await repo.open("bad")).toEqual({ kind: "missing" });
  });

  it("lists drafts without summaries and unreadable records without writing; housekeeping stores and moves them", async () => {
    const repo = await makeRepo();
    const v1 = readFileSync(fileURLToPath(new URL("./fixtures/v1.json", import.meta.url)), "utf8");
    await repo.backend.transact([], () => ({
      put: [
        [draftKey("fixture-v1"), v1],
        [draftKey("junk"), 42],
      ],
      result: 0,
    }));
    const listing = await repo.list();
    expect(listing.drafts.map((d) => d.id)).toEqual(["fixture-v1"]);
    expect(listing.quarantined.map((q) => q.id)).toEqual(["junk"]);
    expect(await repo.backend.get(summaryKey("fixture-v1"))).toBeUndefined();
    expect(await repo.backend.get(draftKey("junk"))).toBe(42);
    await repo.housekeep();
    expect(await repo.backend.get(summaryKey("fixture-v1"))).toBeDefined();
    expect(await repo.backend.get(draftKey("junk"))).toBeUndefined();
    const after = await repo.list();
    expect(after.drafts.map((d) => d.id)).toEqual(["fixture-v1"]);
    expect(after.quarantined.map((q) => q.id)).toEqual(["junk"]);
  });

  it("keeps an older-version record untouched until the migrated draft is saved, then keeps the raw copy", async () => {
    const repo = await makeRepo();
    const v1 = readFileSync(fileURLToPath(new URL("./fixtures/v1.json", import.meta.url)), "utf8");
    await repo.backend.transact([], () => ({ put: [[draftKey("fixture-v1"), v1]], result: 0 }));
    const opened = await repo.open("fixture-v1");
    expect(opened).toMatchObject({ kind: "ok", migratedFrom: 1 });
    expect(await repo.backend.get(draftKey("fixture-v1"))).toBe(v1);
    expect(await repo.save("fixture-v1", hongshan2023(), 4)).toMatchObject({ ok: true, revision: 5 });
    expect(await repo.backend.get(preMigrationKey("fixture-v1"))).toBe(v1);
    expect(await repo.open("fixture-v1")).toMatchObject({ kind: "ok", migratedFrom: null });
  });

  it("never rewrites a record from a newer app version", async () => {
    const repo = await makeRepo();
    const newer = JSON.stringify({ type: "nianbao-draft", version: 99, id: "n", revision: 3, report: blankReport() });
    await repo.backend.transact([], () => ({ put: [[draftKey("n"), newer]], result: 0 }));
    expect(await repo.open("n")).toMatchObject({ kind: "newer", version: 99 });
    expect(await repo.save("n", hongshan2023(), 3)).toEqual({ ok: false, reason: "newer" });
    expect(await repo.trash("n")).toBe(false);
    expect(await repo.backend.get(draftKey("n"))).toBe(newer);
    expect((await repo.list()).drafts[0]).toMatchObject({ id: "n", newerVersion: 99 });
  });
});

describe("IdbBackend", () => {
  it("reopens a connection closed under it and retries once", async () => {
    const backend = await IdbBackend.open();
    const repo = new DraftRepository(backend, now, newId);
    const { id } = await repo.createDraftFrom(blankReport());
    // Close the backend's own connection the way a browser would.
    const store = (backend as unknown as { store: (m: string, cb: (s: IDBObjectStore) => unknown) => Promise<unknown> })
      .store;
    await store("readonly", (s) => s.transaction.db.close());
    expect(await repo.save(id, hongshan2023(), 1)).toMatchObject({ ok: true, revision: 2 });
  });

  it("rejects a failed write so it is never reported as saved", async () => {
    const repo = await idbRepo();
    const { id } = await repo.createDraftFrom(blankReport());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    try {
      await expect(repo.save(id, hongshan2023(), 1)).rejects.toMatchObject({ name: "QuotaExceededError" });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const opened = await repo.open(id);
    expect(opened.kind === "ok" && opened.envelope.revision).toBe(1);
  });
});
