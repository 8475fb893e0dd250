/** The open draft as a plain object, driven in Node on fake-indexeddb (issue #14). */
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { blankReport, setAt } from "../report";
import { IdbBackend } from "./idbBackend";
import { readJournal, writeJournal } from "./journal";
import { DraftRepository } from "./repository";
import { DraftSession } from "./session";

/** Node has no localStorage; the journal needs one. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  globalThis.localStorage = memoryStorage();
});

async function opened() {
  const repo = new DraftRepository(await IdbBackend.open());
  const draft = await repo.createDraftFrom(blankReport());
  const session = new DraftSession(repo, draft.id);
  await session.start();
  return { repo, draft, session };
}

const stored = async (repo: DraftRepository, id: string) => {
  const result = await repo.open(id);
  return result.kind === "ok" ? result.envelope.report : null;
};

describe("DraftSession", () => {
  it("opens its draft as the writer and tells subscribers", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const draft = await repo.createDraftFrom(blankReport());
    const session = new DraftSession(repo, draft.id);
    const seen = vi.fn();
    session.subscribe(seen);
    await session.start();
    const snapshot = session.getSnapshot();
    expect(snapshot.ownership).toBe("self");
    expect(snapshot.opened?.kind).toBe("ok");
    expect(snapshot.generation).toBeGreaterThan(0);
    expect(seen).toHaveBeenCalled();
    // A snapshot is immutable: the same object until something changes.
    expect(session.getSnapshot()).toBe(snapshot);
    await session.dispose();
  });

  it("saves a change, says 已保存 only once it is stored, and clears the journal then", async () => {
    const { repo, draft, session } = await opened();
    session.change(setAt(blankReport(), "s6.body", "第一句"));
    expect(session.getSnapshot().state.kind).toBe("pending");
    expect(session.unsaved).toBe(true);
    // Not durable yet: the journal holds it already, before any write or unload event.
    expect(readJournal(draft.id)?.report.s6.body).toBe("第一句");
    await vi.waitFor(() => expect(session.getSnapshot().state.kind).toBe("saved"), { timeout: 3000 });
    expect((await stored(repo, draft.id))?.s6.body).toBe("第一句");
    expect(readJournal(draft.id)).toBeNull();
    await session.dispose();
  });

  it("keeps each change as it was then, although the editor's values object changes in place", async () => {
    const { repo, draft, session } = await opened();
    const live = setAt(blankReport(), "s6.body", "第一句");
    session.change(live);
    const snapshot = session.getSnapshot();
    live.s6.body = "没有交给 change 的改动";
    expect(readJournal(draft.id)?.report.s6.body).toBe("第一句");
    // More keys while a save is pending: nothing new to show, so the snapshot (and React) stays put.
    session.change(setAt(blankReport(), "s6.body", "第一句，第二句"));
    expect(session.getSnapshot()).toBe(snapshot);
    live.s6.body = "又一处没有交给 change 的改动";
    await vi.waitFor(() => expect(session.getSnapshot().state.kind).toBe("saved"), { timeout: 3000 });
    expect((await stored(repo, draft.id))?.s6.body).toBe("第一句，第二句");
    await session.dispose();
  });

  it("writes what is pending when disposed (the editor closing)", async () => {
    const { repo, draft, session } = await opened();
    session.change(setAt(blankReport(), "s6.body", "关闭前的修改"));
    await session.dispose();
    expect((await stored(repo, draft.id))?.s6.body).toBe("关闭前的修改");
  });

  it("resumes edits the journal kept from the last time the page closed", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const draft = await repo.createDraftFrom(blankReport());
    writeJournal(draft.id, { revision: draft.revision, report: setAt(blankReport(), "s6.body", "崩溃前的修改") });
    const session = new DraftSession(repo, draft.id);
    await session.start();
    expect(session.getSnapshot().recovered).toBe("resumed");
    expect(session.currentReport()?.s6.body).toBe("崩溃前的修改");
    await vi.waitFor(async () => expect((await stored(repo, draft.id))?.s6.body).toBe("崩溃前的修改"), {
      timeout: 3000,
    });
    await session.dispose();
  });

  it("keeps journal edits made on an older revision as a separate draft", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const draft = await repo.createDraftFrom(blankReport());
    await repo.save(draft.id, setAt(blankReport(), "s6.body", "别的标签页保存的"), draft.revision);
    writeJournal(draft.id, { revision: draft.revision, report: setAt(blankReport(), "s6.body", "这个标签页的") });
    const session = new DraftSession(repo, draft.id);
    await session.start();
    expect(session.getSnapshot().recovered).toBe("separate");
    const bodies = await Promise.all((await repo.list()).drafts.map((d) => stored(repo, d.id)));
    expect(bodies.map((b) => b?.s6.body).sort()).toEqual(["别的标签页保存的", "这个标签页的"].sort());
    await session.dispose();
  });

  it("shows a draft that is missing without writing anything", async () => {
    const repo = new DraftRepository(await IdbBackend.open());
    const session = new DraftSession(repo, "nowhere");
    await session.start();
    expect(session.getSnapshot().opened?.kind).toBe("missing");
    session.change(setAt(blankReport(), "s6.body", "x"));
    expect(session.unsaved).toBe(false);
    await session.dispose();
  });
});
