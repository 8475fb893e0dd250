import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { hongshan2023 } from "../testing/hongshan2023";
import { buildBackup } from "./backup";
import { serializeEnvelope } from "./envelope";
import { collectBackup } from "./exportBackup";
import { IdbBackend } from "./idbBackend";
import { draftKey } from "./keys";
import { parseBackup } from "./readBackup";
import { DraftRepository } from "./repository";
import { applyRestore, startRestore } from "./restore";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function repoWith(...reports: ReturnType<typeof blankReport>[]) {
  const repo = new DraftRepository(await IdbBackend.open());
  const envelopes = [];
  for (const report of reports) envelopes.push(await repo.createDraftFrom(report));
  return { repo, envelopes };
}

async function backupText(repo: DraftRepository) {
  return JSON.stringify(await collectBackup(repo, null, new Date("2025-02-01T00:00:00Z")));
}

describe("backup and restore", () => {
  it("round-trips every record deep-equal into an empty browser", async () => {
    const { repo } = await repoWith(hongshan2023(), blankReport());
    const text = await backupText(repo);
    globalThis.indexedDB = new IDBFactory();
    const fresh = new DraftRepository(await IdbBackend.open());
    const started = await startRestore(fresh, text);
    if (!started.ok) throw new Error(started.message);
    expect(await applyRestore(fresh, started.plan, new Map())).toMatchObject({ added: 2 });
    const before = (await repo.allRecords()).map(([, v]) => JSON.parse(String(v)));
    const after = (await fresh.allRecords()).map(([, v]) => JSON.parse(String(v)));
    expect(after).toEqual(before);
  });

  it("leaves identical drafts alone and asks about a changed one", async () => {
    const { repo, envelopes } = await repoWith(hongshan2023(), blankReport());
    const text = await backupText(repo);
    const started = await startRestore(repo, text);
    expect(started.ok && started.plan).toMatchObject({ add: [], conflicts: [], unchanged: 2 });

    const edited = { ...envelopes[1], revision: 9, report: setAt(blankReport(), "s6.body", "备份里的") };
    const conflicting = JSON.stringify(buildBackup([[edited.id, serializeEnvelope(edited)]], [], "x"));
    const plan = await startRestore(repo, conflicting);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plan.conflicts).toHaveLength(1);

    expect(await applyRestore(repo, plan.plan, new Map([[edited.id, "keep-local"]]))).toMatchObject({ keptLocal: 1 });
    expect((await repo.list()).drafts).toHaveLength(2);

    await applyRestore(repo, plan.plan, new Map([[edited.id, "keep-both"]]));
    expect((await repo.list()).drafts).toHaveLength(3);
    const local = await repo.open(edited.id);
    expect(local.kind === "ok" && local.envelope.report.s6.body).toBe("");

    await applyRestore(repo, plan.plan, new Map([[edited.id, "use-backup"]]));
    const replaced = await repo.open(edited.id);
    expect(replaced.kind === "ok" && replaced.envelope.report.s6.body).toBe("备份里的");
    expect(replaced.kind === "ok" && replaced.envelope.revision).toBe(9);
    const trashed = (await repo.list()).drafts.filter((d) => d.deletedAt);
    expect(trashed).toHaveLength(1);
  });

  it("keeps this machine's newer version and quarantines unreadable records from the file", async () => {
    const { repo, envelopes } = await repoWith(blankReport());
    const older = { ...envelopes[0], revision: 0, report: setAt(blankReport(), "s6.body", "旧") };
    const file = buildBackup(
      [
        [older.id, serializeEnvelope(older)],
        ["broken", "{nope"],
      ],
      [],
      "x",
    );
    const started = await startRestore(repo, JSON.stringify(file));
    if (!started.ok) throw new Error(started.message);
    expect(started.plan).toMatchObject({ keptNewerLocal: 1, conflicts: [] });
    expect(await applyRestore(repo, started.plan, new Map())).toMatchObject({ unreadable: 1 });
    expect((await repo.list()).quarantined.map((q) => q.raw)).toEqual(["{nope"]);
    expect(await repo.backend.get(draftKey("broken"))).toBeUndefined();
  });

  it("includes the open draft's unsaved edits", async () => {
    const { repo, envelopes } = await repoWith(blankReport());
    const live = setAt(blankReport(), "s6.body", "还没存进去的");
    const file = await collectBackup(repo, { envelope: envelopes[0], report: live }, new Date());
    expect((file.drafts[0] as { report: { s6: { body: string } } }).report.s6.body).toBe("还没存进去的");
  });

  it.each([
    ["", "文件是空的"],
    ["{", "不是有效的 JSON"],
    ['{"type":"excalidraw"}', "不是年报编制的草稿备份文件"],
    ['{"type":"nianbao-backup","version":9,"drafts":[],"quarantined":[]}', "更新版本"],
    ['{"type":"nianbao-backup","version":1}', "缺少草稿列表"],
  ])("refuses %j with a message", (text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
