/**
 * One file with every draft (备份全部草稿). The file is the record of truth when a browser's data is wiped, so it
 * carries each stored record as written, plus quarantined records raw. Reading it back: readBackup.ts, loaded with
 * the first restore. Restoring never overwrites: see planRestore (readBackup.ts).
 */
import type { DraftEnvelope, StoredDraft } from "./envelope";
import type { QuarantinedRecord } from "./repository";
import type { ReviewRecords } from "./reviewRecord";
import type { DraftSummary } from "./summary";

export const BACKUP_TYPE = "nianbao-backup";
/** 2 added the 汇总 workspaces with their files and the 定稿 records; a version-1 file reads as having none. */
export const BACKUP_VERSION = 2;
/**
 * 1,000 drafts are about 10 MB; a 汇总 of 500 received files of 100 KB about 68 MB (base64). Reading the file
 * takes about 4.5 times its size in memory (docs/storage.md), so a file far larger is refused up front.
 */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

/** A 汇总 as stored (`c/<id>`) and the bytes of its files (`cf/<id>/<file>`), base64. */
export interface BackupCollection {
  record: unknown;
  files: { id: string; base64: string }[];
}

export interface BackupFile {
  type: typeof BACKUP_TYPE;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  drafts: unknown[];
  quarantined: Omit<QuarantinedRecord, "quarantinedAt">[];
  /** Review records by draft id (absent in backups made before review existed; version 1 in older ones). */
  reviews?: Record<string, unknown>;
  /** 定稿 records by draft id, as stored (`sub/<id>`). */
  submissions: Record<string, unknown>;
  collections: BackupCollection[];
  /** Set when the 汇总 and 定稿 records could not be read: what this file lacks, in Chinese. */
  incomplete?: string;
}

export function buildBackup(
  records: readonly [string, unknown][],
  quarantined: readonly QuarantinedRecord[],
  exportedAt: string,
  reviews: ReviewRecords = {},
): BackupFile {
  const drafts: unknown[] = [];
  const unreadable: BackupFile["quarantined"] = quarantined.map(({ id, reason, raw }) => ({ id, reason, raw }));
  for (const [id, value] of records) {
    try {
      drafts.push(typeof value === "string" ? JSON.parse(value) : value);
    } catch {
      unreadable.push({ id, reason: "记录不是有效的 JSON", raw: String(value) });
    }
  }
  return {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    exportedAt,
    drafts,
    quarantined: unreadable,
    reviews,
    submissions: {},
    collections: [],
  };
}

/** A draft in the backup whose id exists here with different content: the clerk chooses. */
export interface RestoreConflict {
  local: DraftSummary;
  incoming: DraftEnvelope;
}

export interface RestorePlan {
  /** Ids not present here: added as they are. */
  add: { id: string; text: string; stored: StoredDraft & { kind: "ok" | "newer" } }[];
  /** Same id, backup newer or different: ask which to keep. */
  conflicts: RestoreConflict[];
  /** Same id and same content, or this machine's copy is newer: left alone. */
  unchanged: number;
  keptNewerLocal: number;
  /** Records the backup could not give us as drafts: set aside in quarantine, raw. */
  unreadable: Omit<QuarantinedRecord, "quarantinedAt">[];
  /** Review records from the backup: merged into this browser's (comments by id), never replacing them. */
  reviews?: Record<string, unknown>;
  /** 定稿 records and 汇总 workspaces: merged by restoreExtras.ts, never replacing anything here. */
  submissions: Record<string, unknown>;
  collections: BackupCollection[];
}

export type ConflictChoice = "keep-local" | "keep-both" | "use-backup";
