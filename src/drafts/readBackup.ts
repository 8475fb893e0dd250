/**
 * Reading a backup file and planning its restore, loaded with the first restore (not with the first page): every
 * part is checked before anything is written; restoring never overwrites (see planRestore).
 */
import { BACKUP_TYPE, BACKUP_VERSION, type BackupFile, type RestorePlan } from "./backup";
import { type DraftEnvelope, readObject } from "./envelope";
import { backupQuarantinedSchema, readRecord, reviewRecordSchema } from "./storedRecords";
import type { DraftSummary } from "./summary";

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; message: string };

export const damaged = (what: string): { ok: false; message: string } => ({
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
  // Version 1 had neither 汇总 nor 定稿 records: read as a version-2 file with none (checked in restoreExtras.ts).
  const { submissions = {}, collections = [] } = backup;
  return { ok: true, backup: { ...(backup as BackupFile), version: BACKUP_VERSION, submissions, collections } };
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
    submissions: backup.submissions,
    collections: backup.collections,
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
