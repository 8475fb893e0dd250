/**
 * How stored drafts of older format versions become the current one. Each step is a pure function from
 * version N's envelope to version N+1's; it receives untrusted JSON and must not assume more than version
 * N promised. Adding a version means: a step here, a frozen fixture `fixtures/vN.json`, and a `vN` test in
 * migrations.test.ts (the meta-test there fails otherwise).
 *
 * Versions:
 *  1. `{ type, version, id, revision, savedAt, report }`
 *  2. adds `createdAt`, `deletedAt` (trash) and `baseline` (last year's report kept by 下一年度).
 *  3. adds `importNotes` (what an import found missing or wrong in its source document) and `reviewOf`
 *     (set on a reviewer's copy of a shared draft).
 *  4. adds `name`: the clerk's own name for the draft (a copy is named “…（副本）”), null when it goes by its
 *     body and year.
 */
export type StoredObject = Record<string, unknown>;

export const CURRENT_VERSION = 4;

export const MIGRATIONS: Readonly<Record<number, (old: StoredObject) => StoredObject>> = {
  1: (v1) => ({ ...v1, version: 2, createdAt: v1.savedAt, deletedAt: null, baseline: null }),
  2: (v2) => ({ ...v2, version: 3, importNotes: null, reviewOf: null }),
  3: (v3) => ({ ...v3, version: 4, name: null }),
};

/** Runs every step from `from` up to the current version. Throws when a step is missing or fails. */
export function migrate(stored: StoredObject, from: number): StoredObject {
  let current = stored;
  for (let version = from; version < CURRENT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`没有从格式版本 ${version} 升级的步骤`);
    current = step(current);
  }
  return current;
}
