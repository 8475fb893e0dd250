/**
 * The layout of the drafts store, in one place: every record kind's key prefix. A key is `<prefix><id>`; the id
 * never contains the prefix, so listing a prefix lists exactly one kind.
 */
export const PREFIX = {
  /** The draft record (JSON text, see envelope.ts). */
  draft: "d/",
  /** Its list summary, rebuilt from the draft when missing or stale. */
  summary: "i/",
  /** A record that could not be read, kept raw for export. */
  quarantine: "q/",
  /** The record as it was before a migration rewrote it. */
  preMigration: "pre/",
  /** The review thread of a draft (not in the draft record; see reviewRecord.ts). */
  review: "review/",
  /** The 定稿 versions of a draft (submissionRecord.ts). */
  submission: "sub/",
  /** A collection (汇总) of units' reports: roster and received files' names (collectionRecord.ts). */
  collection: "c/",
  /** The bytes of one file received into a collection, `cf/<collectionId>/<fileId>`. */
  collectionFile: "cf/",
} as const;

export type RecordKind = keyof typeof PREFIX;

export const keyOf = (kind: RecordKind, id: string): string => PREFIX[kind] + id;

/** The id in a key listed under `kind`'s prefix. */
export const idOf = (kind: RecordKind, key: string): string => key.slice(PREFIX[kind].length);

export const draftKey = (id: string) => keyOf("draft", id);
export const summaryKey = (id: string) => keyOf("summary", id);
export const quarantineKey = (id: string) => keyOf("quarantine", id);
export const preMigrationKey = (id: string) => keyOf("preMigration", id);
export const reviewKey = (draftId: string) => keyOf("review", draftId);
export const submissionKey = (draftId: string) => keyOf("submission", draftId);
export const collectionKey = (id: string) => keyOf("collection", id);
/** Every file of a collection lists under this prefix. */
export const collectionFilesPrefix = (collectionId: string) => `${PREFIX.collectionFile}${collectionId}/`;
export const collectionFileKey = (collectionId: string, fileId: string) => collectionFilesPrefix(collectionId) + fileId;

/** This browser's signing key pair for review entries (CryptoKey objects: IndexedDB stores them unextractable). */
export const IDENTITY_KEY = "me/identity";

/** localStorage, not the drafts store: the last-chance copy of a draft's unsaved edits (journal.ts). */
export const JOURNAL_PREFIX = "nianbao-unsaved:";
