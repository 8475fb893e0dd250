/**
 * One file with every draft (备份全部草稿), and reading it back. The file is the record of truth when a
 * browser's data is wiped, so it carries each stored record as written, plus quarantined records raw.
 * Restoring never overwrites: see planRestore.
 */
import { type DraftEnvelope, readObject, type StoredDraft } from "./envelope";
import type { QuarantinedRecord } from "./repository";
import type { ReviewRecords } from "./reviewRecord";
import { backupQuarantinedSchema, readRecord, reviewRecordSchema } from "./storedRecords";
import type { DraftSummary } from "./summary";

export const BACKUP_TYPE = "nianbao-backup";
export const BACKUP_VERSION = 1;
/** A backup of 1,000 drafts is about 10 MB; anything far larger is not ours. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

export interface BackupFile {
  type: typeof BACKUP_TYPE;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  drafts: unknown[];
  quarantined: Omit<QuarantinedRecord, "quarantinedAt">[];
  /** Review records by draft id (absent in backups made before review existed; version 1 in older ones). */
  reviews?: Record<string, unknown>;
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
  return { type: BACKUP_TYPE, version: BACKUP_VERSION, exportedAt, drafts, quarantined: unreadable, reviews };
}

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; message: string };

const damaged = (what: string): ParsedBackup => ({
  ok: false,
  message: `备份文件中的${what}格式有误，可能已损坏。为免只恢复一半，本次没有恢复任何内容，本机草稿没有任何改动。请换用另一份备份。`,
});

export function parseBackup(text: string): ParsedBackup {
  if (text.trim() === "") return { ok: false, message: "文件是空的，请选择“备份全部草稿”下载的 .json 文件。" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "文件不是有效的 JSON，可能已损坏或不是本工具的备份文件。" };
  }
  const backup = value as Partial<BackupFile> | null;
  if (!backup || typeof backup !== "object" || backup.type !== BACKUP_TYPE) {
    return {
      ok: false,
      message: "这不是年报编制的草稿备份文件。单份报告请用“导入”打开；备份文件由“备份全部草稿”生成。",
    };
  }
  if (typeof backup.version !== "number" || backup.version > BACKUP_VERSION) {
    return { ok: false, message: "这个备份由更新版本的年报编制生成，请升级后再恢复。本机草稿没有任何改动。" };
  }
  if (!Array.isArray(backup.drafts) || !Array.isArray(backup.quarantined)) {
    return { ok: false, message: "备份文件缺少草稿列表，可能已损坏。本机草稿没有任何改动。" };
  }
  // All or nothing: every part is checked before anything is written (drafts are checked one by one later,
  // and an unreadable one is set aside, never lost).
  for (const [i, entry] of backup.quarantined.entries()) {
    const read = readRecord(backupQuarantinedSchema, entry);
    if (!read.ok) return damaged(`第${i + 1}条无法读取的记录（${read.reason}）`);
  }
  if (backup.reviews !== undefined && (typeof backup.reviews !== "object" || backup.reviews === null)) {
    return damaged("审阅记录");
  }
  for (const [id, review] of Object.entries(backup.reviews ?? {})) {
    const read = readRecord(reviewRecordSchema, review);
    if (!read.ok) return damaged(`草稿 ${id} 的审阅记录（${read.reason}）`);
  }
  return { ok: true, backup: backup as BackupFile };
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
}

function sameContent(a: DraftEnvelope, localText: unknown): boolean {
  if (typeof localText !== "string") return false;
  try {
    return JSON.stringify((JSON.parse(localText) as DraftEnvelope).report) === JSON.stringify(a.report);
  } catch {
    return false;
  }
}

export function planRestore(
  backup: BackupFile,
  local: ReadonlyMap<string, { summary: DraftSummary; text: unknown }>,
): RestorePlan {
  const plan: RestorePlan = {
    add: [],
    conflicts: [],
    unchanged: 0,
    keptNewerLocal: 0,
    unreadable: [...backup.quarantined],
    reviews: backup.reviews ?? {},
  };
  for (const item of backup.drafts) {
    const stored = readObject(item);
    if (stored.kind === "corrupt") {
      const id = String((item as { id?: unknown } | null)?.id ?? "");
      plan.unreadable.push({ id, reason: `备份中的记录：${stored.reason}`, raw: JSON.stringify(item) });
      continue;
    }
    const id = stored.kind === "ok" ? stored.envelope.id : stored.id;
    const mine = local.get(id);
    if (!mine) {
      plan.add.push({ id, text: JSON.stringify(stored.kind === "ok" ? stored.envelope : item), stored });
    } else if (stored.kind === "newer") {
      plan.keptNewerLocal++;
    } else if (sameContent(stored.envelope, mine.text)) {
      plan.unchanged++;
    } else if (stored.envelope.revision >= mine.summary.revision) {
      plan.conflicts.push({ local: mine.summary, incoming: stored.envelope });
    } else {
      plan.keptNewerLocal++;
    }
  }
  return plan;
}

export type ConflictChoice = "keep-local" | "keep-both" | "use-backup";
