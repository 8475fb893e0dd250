import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { parseRoster, unitNotesId } from "../collect";
import { MemoryBackend } from "./backend";
import { readCollectionRecord } from "./collectionRecord";
import { CollectionRepository } from "./collections";
import { IdbBackend } from "./idbBackend";
import { collectionFileKey, collectionKey } from "./keys";
import { DraftRepository } from "./repository";

let ids = 0;
const now = () => new Date("2025-01-10T00:00:00.000Z");
const newId = () => `id-${++ids}`;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  ids = 0;
});

describe.each([
  ["IndexedDB", async () => IdbBackend.open()],
  ["memory", async () => new MemoryBackend()],
])("CollectionRepository on %s", (_name, backendOf) => {
  it("keeps the roster and the received files' bytes exactly, and lists the collection", async () => {
    const repo = new CollectionRepository(await backendOf(), now, newId);
    const { id } = await repo.create("西工区2023年度汇总", 2023);
    expect(await repo.setRoster(id, parseRoster("甲局\n乙局"))).toBeNull();
    const content = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]);
    expect(
      await repo.addFiles(id, [
        { fileName: "甲.pdf", bytes: content },
        { fileName: "乙.md", bytes: bytes("# 乙") },
      ]),
    ).toBeNull();
    const opened = await repo.open(id);
    if (opened.kind !== "ok") throw new Error(opened.kind);
    expect(opened.collection.roster.map((u) => u.name)).toEqual(["甲局", "乙局"]);
    expect(opened.files.map((f) => [f.fileName, [...f.bytes]])).toEqual([
      ["甲.pdf", [...content]],
      ["乙.md", [...bytes("# 乙")]],
    ]);
    expect((await repo.list()).collections.map((c) => c.name)).toEqual(["西工区2023年度汇总"]);
  });

  it("opened again with the bytes it holds, reads only the files it does not have", async () => {
    const backend = await backendOf();
    const repo = new CollectionRepository(backend, now, newId);
    const { id } = await repo.create("汇总", 2023);
    await repo.addFiles(
      id,
      Array.from({ length: 20 }, (_, i) => ({ fileName: `${i}.md`, bytes: bytes(`# ${i}`) })),
    );
    const first = await repo.open(id);
    if (first.kind !== "ok") throw new Error(first.kind);
    await repo.addFiles(id, [{ fileName: "新.md", bytes: bytes("# 新") }]);
    const read: string[] = [];
    const get = backend.get.bind(backend);
    backend.get = (key: string) => {
      read.push(key);
      return get(key);
    };
    backend.entries = () => Promise.reject(new Error("read every file again"));
    const again = await repo.open(id, new Map(first.files.map((f) => [f.id, f.bytes])));
    if (again.kind !== "ok") throw new Error(again.kind);
    expect(read.filter((k) => k !== collectionKey(id))).toHaveLength(1);
    expect(again.files.map((f) => new TextDecoder().decode(f.bytes))).toEqual([
      ...first.files.map((f) => new TextDecoder().decode(f.bytes)),
      "# 新",
    ]);
    expect(again.files[0].bytes).toBe(first.files[0].bytes);
  });

  it("assigns a file by hand and removes a file with its bytes", async () => {
    const backend = await backendOf();
    const repo = new CollectionRepository(backend, now, newId);
    const { id } = await repo.create("汇总", 2023);
    await repo.addFiles(id, [{ fileName: "a.md", bytes: bytes("a") }]);
    const fileId = "id-2";
    await repo.assign(id, fileId, "甲局");
    let opened = await repo.open(id);
    expect(opened.kind === "ok" && opened.collection.files[0].assignedUnit).toBe("甲局");
    await repo.removeFile(id, fileId);
    opened = await repo.open(id);
    expect(opened.kind === "ok" && opened.files).toEqual([]);
    expect(await backend.get(collectionFileKey(id, fileId))).toBeUndefined();
  });
});

describe("removing a collection", () => {
  it("deletes the collection and its files' bytes, and nothing of another collection", async () => {
    const backend = new MemoryBackend();
    const repo = new CollectionRepository(backend, now, newId);
    const gone = await repo.create("甲", 2023);
    const kept = await repo.create("乙", 2023);
    await repo.addFiles(gone.id, [{ fileName: "a.md", bytes: bytes("a") }]);
    await repo.addFiles(kept.id, [{ fileName: "b.md", bytes: bytes("b") }]);
    // The office's notes on a unit of each, written through the drafts' review store.
    const drafts = new DraftRepository(backend);
    await drafts.updateReview(unitNotesId(gone.id, "红山街道"), { reviewed: [{ hash: "a".repeat(64), at: "x" }] });
    await drafts.updateReview(unitNotesId(kept.id, "红山街道"), { reviewed: [{ hash: "b".repeat(64), at: "y" }] });
    expect([...(await repo.notes(gone.id)).keys()]).toEqual([unitNotesId(gone.id, "红山街道")]);
    await repo.remove(gone.id);
    expect((await repo.list()).collections.map((c) => c.name)).toEqual(["乙"]);
    expect(await backend.keys("cf/")).toEqual([collectionFileKey(kept.id, "id-4")]);
    expect((await repo.open(gone.id)).kind).toBe("missing");
    expect(await backend.keys("review/")).toEqual([`review/${unitNotesId(kept.id, "红山街道")}`]);
    expect((await repo.notes(kept.id)).get(unitNotesId(kept.id, "红山街道"))?.reviewed).toEqual([
      { hash: "b".repeat(64), at: "y" },
    ]);
  });
});

describe("stored collection records", () => {
  const frozen = JSON.parse(
    readFileSync(fileURLToPath(new URL("./fixtures/collection-v1.json", import.meta.url)), "utf8"),
  ) as unknown;

  it("reads the frozen version 1 record", () => {
    const read = readCollectionRecord(frozen);
    expect(read.kind === "ok" && read.collection.roster[0].organType).toBe("街道办事处");
  });

  it("lists a malformed or newer record with the reason, and writes nothing when asked to change it", async () => {
    const backend = new MemoryBackend();
    const bad = { type: "nianbao-collection", version: 1, id: "bad", roster: "甲局" };
    const newer = { ...(frozen as object), id: "new", version: 2 };
    await backend.transact([], () => ({
      put: [
        [collectionKey("bad"), bad],
        [collectionKey("new"), newer],
      ],
      result: null,
    }));
    const repo = new CollectionRepository(backend, now, newId);
    const listing = await repo.list();
    expect(listing.collections).toEqual([]);
    expect(listing.unreadable.map((u) => u.id).sort()).toEqual(["bad", "new"]);
    expect(listing.unreadable.find((u) => u.id === "new")?.reason).toContain("更新版本");
    expect(await repo.setRoster("new", [])).toContain("更新版本");
    expect(await repo.setRoster("bad", [])).toContain("无法读取");
    expect(await backend.get(collectionKey("bad"))).toEqual(bad);
    expect(await backend.get(collectionKey("new"))).toEqual(newer);
    expect((await repo.open("new")).kind).toBe("newer");
  });

  it("opens a collection whose file record is gone with that file listed as missing, not dropped", async () => {
    const backend = new MemoryBackend();
    await backend.transact([], () => ({ put: [[collectionKey("c-frozen"), frozen]], result: null }));
    const opened = await new CollectionRepository(backend, now, newId).open("c-frozen");
    expect(opened.kind === "ok" && opened.missingFiles.map((f) => f.fileName)).toEqual(["红山.json"]);
  });
});
