/**
 * Restoring what a backup carries besides the drafts (loaded with the first restore, not with the first page):
 * the 定稿 records, each version verified as a submission file is, and the 汇总 workspaces with their files. Both
 * are merged through their repositories, never replacing anything here; what was skipped is said item by item.
 */

import type { CollectionFile } from "../collect";
import { openSubmission, SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION } from "../review/submission";
import type { BackupCollection, BackupFile } from "./backup";
import { fromBase64, isBase64 } from "./base64";
import { readCollectionRecord } from "./collectionRecord";
import { type BackupIncomingFile, CollectionRepository } from "./collections";
import type { DraftRepository } from "./repository";
import type { RestoreOutcome } from "./restoreBackup";

export interface ExtrasOutcome {
  /** 汇总 added as new, and merged into one with the same id here. */
  collectionsAdded: number;
  collectionsMerged: number;
  /** Files written: new, kept beside a different one under the same id, or bytes given back to a listed file. */
  files: number;
  filesAlreadyHere: number;
  /** Drafts whose 定稿 record got versions, and how many versions. */
  submissionDrafts: number;
  submissionVersions: number;
  submissionsAlreadyHere: number;
  /** What was not restored and why; what was kept differently and how (Chinese, one per item). */
  skipped: string[];
  notes: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The shape of the 汇总 and 定稿 parts, checked whole before anything is written (like the rest of the file):
 * null, or the damaged part for `damaged` (backup.ts).
 */
export function checkExtras(backup: BackupFile): string | null {
  if (!isObject(backup.submissions)) return "定稿记录";
  if (!Array.isArray(backup.collections)) return "汇总列表";
  for (const [i, entry] of (backup.collections as unknown[]).entries()) {
    const { record, files } = (entry ?? {}) as Partial<BackupCollection>;
    const fine =
      isObject(record) &&
      Array.isArray(files) &&
      files.every((f) => isObject(f) && typeof f.id === "string" && f.id !== "" && typeof f.base64 === "string");
    if (!fine) return `第${i + 1}个汇总`;
    if (!files.every((f) => isBase64(f.base64))) return `第${i + 1}个汇总的文件内容`;
  }
  return null;
}

export async function restoreExtras(repo: DraftRepository, plan: Pick<BackupFile, "submissions" | "collections">) {
  const outcome: ExtrasOutcome = {
    collectionsAdded: 0,
    collectionsMerged: 0,
    files: 0,
    filesAlreadyHere: 0,
    submissionDrafts: 0,
    submissionVersions: 0,
    submissionsAlreadyHere: 0,
    skipped: [],
    notes: [],
  };
  for (const [draftId, record] of Object.entries(plan.submissions))
    await restoreSubmissions(repo, draftId, record, outcome);
  const collections = new CollectionRepository(repo.backend);
  for (const entry of plan.collections) await restoreCollection(collections, entry, outcome);
  return outcome;
}

function draftLabel(items: unknown[]): string {
  const meta = (items as { report?: { meta?: { organ?: unknown; year?: unknown } } }[]).find((s) => s?.report?.meta)
    ?.report?.meta;
  const organ = typeof meta?.organ === "string" && meta.organ.trim() ? meta.organ.trim() : "（未填写机关名称）";
  return `草稿“${organ}${typeof meta?.year === "number" ? ` ${meta.year}年` : ""}”`;
}

async function restoreSubmissions(repo: DraftRepository, draftId: string, raw: unknown, outcome: ExtrasOutcome) {
  const record = (isObject(raw) ? raw : {}) as { version?: unknown; submissions?: unknown };
  const items = Array.isArray(record.submissions) ? (record.submissions as unknown[]) : [];
  const label = draftLabel(items);
  if (typeof record.version === "number" && record.version > 1) {
    outcome.skipped.push(`${label}的定稿记录由更新版本的年报编制保存，没有恢复。请用最新版本恢复这份备份。`);
    return;
  }
  const verified = [];
  for (const [i, item] of items.entries()) {
    const text = JSON.stringify({
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      ...(item as object),
    });
    const opened = await openSubmission(text);
    const number = (item as { version?: unknown })?.version;
    const which = `${label}的定稿${typeof number === "number" ? `第 ${number} 版` : `记录第 ${i + 1} 项`}`;
    if (opened.kind === "verified") verified.push(opened.submission);
    else if (opened.kind === "mismatch") {
      outcome.skipped.push(`${which}：校验值或签名与内容不符，备份文件中的这一版在定稿后被改动过，没有恢复这一版。`);
    } else outcome.skipped.push(`${which}：格式有误，可能被手工改过，没有恢复这一版。`);
  }
  if (verified.length === 0) return;
  const merged = await repo.restoreSubmissions(draftId, verified);
  if (merged.refusal) {
    outcome.skipped.push(`${label}：${merged.refusal}`);
    return;
  }
  outcome.submissionsAlreadyHere += merged.same;
  if (merged.added + merged.keptBoth === 0) return;
  outcome.submissionDrafts++;
  outcome.submissionVersions += merged.added + merged.keptBoth;
  if (merged.keptBoth > 0) {
    outcome.notes.push(
      `${label}有 ${merged.keptBoth} 个定稿版本与本机同一版号的定稿不同：两份都保留（同一版号列出两次，按定稿时间区分），哪一份都没有改动。`,
    );
  }
}

/** 64 bits of SHA-256 of the bytes: the id a file is kept under beside a different one with its id. */
async function altId(fileId: string, bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return `${fileId}.${[...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Files per transaction when restoring: a few MB each, so an old PC decodes and writes one batch at a time. */
const RESTORE_BATCH = 50;

async function* decoded(files: CollectionFile[], base64: ReadonlyMap<string, string>) {
  for (let i = 0; i < files.length; i += RESTORE_BATCH) {
    const batch: BackupIncomingFile[] = [];
    for (const file of files.slice(i, i + RESTORE_BATCH)) {
      const bytes = fromBase64(base64.get(file.id) ?? "");
      batch.push({ ...file, bytes, altId: await altId(file.id, bytes) });
    }
    yield batch;
  }
}

async function restoreCollection(repo: CollectionRepository, entry: BackupCollection, outcome: ExtrasOutcome) {
  const read = readCollectionRecord(entry.record);
  const name = (entry.record as { name?: unknown }).name;
  const label = `汇总“${typeof name === "string" && name ? name : "（未命名）"}”`;
  if (read.kind === "newer") {
    outcome.skipped.push(`${label}由更新版本的年报编制保存，没有恢复。请用最新版本恢复这份备份。`);
    return;
  }
  if (read.kind === "unreadable") {
    outcome.skipped.push(`${label}：备份中的记录无法读取（${read.reason}），没有恢复。`);
    return;
  }
  const { collection } = read;
  const base64 = new Map(entry.files.map((f) => [f.id, f.base64]));
  const kept = collection.files.filter((f) => base64.has(f.id));
  const lacking = collection.files.length - kept.length;
  if (lacking > 0) {
    outcome.skipped.push(
      `${label}有 ${lacking} 个文件在备份时本机已没有内容，没有恢复这些文件；请向报送单位重新索取后添加。`,
    );
  }
  const restored = await repo.restore(collection, decoded(kept, base64));
  if (restored.kind === "refused") {
    outcome.skipped.push(`${label}没有恢复：${restored.reason}`);
    return;
  }
  if (restored.kind === "added") outcome.collectionsAdded++;
  else outcome.collectionsMerged++;
  outcome.files += restored.added + restored.keptBoth + restored.refilled;
  outcome.filesAlreadyHere += restored.same;
  if (restored.keptBoth > 0) {
    outcome.notes.push(
      `${label}有 ${restored.keptBoth} 个文件与本机同一文件的内容不同：两份都保留（备份中的一份作为又一份收到的文件列出），本机的文件没有改动。`,
    );
  }
  if (restored.rosterDiffers) {
    outcome.notes.push(
      `${label}本机的单位名单与备份中的不同（备份中有 ${collection.roster.length} 个单位）：保留了本机的名单。如需备份中的名单，请在汇总中重新粘贴。`,
    );
  }
}

/** The notice after a restore: what came back, what was skipped and why, in Chinese. */
export function describeRestore(outcome: Omit<RestoreOutcome, "message">): string {
  const parts = [`新增 ${outcome.added} 份`];
  if (outcome.keptBoth) parts.push(`另存为新草稿 ${outcome.keptBoth} 份`);
  if (outcome.replaced) parts.push(`用备份替换 ${outcome.replaced} 份（原版本在回收站）`);
  if (outcome.keptLocal) parts.push(`保留本机版本 ${outcome.keptLocal} 份`);
  if (outcome.unreadable) parts.push(`无法读取 ${outcome.unreadable} 条（已放入“无法打开的记录”）`);
  const x = outcome.extras;
  const collections = x.collectionsAdded + x.collectionsMerged;
  if (collections) {
    const merged = x.collectionsMerged ? `，其中 ${x.collectionsMerged} 个并入本机已有的同一汇总` : "";
    parts.push(`恢复 ${collections} 个汇总（共 ${x.files} 个文件${merged}）`);
  }
  if (x.filesAlreadyHere) parts.push(`${x.filesAlreadyHere} 个文件本机已有，未重复添加`);
  if (x.submissionDrafts) parts.push(`${x.submissionDrafts} 份草稿的定稿记录（共 ${x.submissionVersions} 个定稿版本）`);
  if (x.submissionsAlreadyHere) parts.push(`${x.submissionsAlreadyHere} 个定稿版本本机已有，未重复添加`);
  const lines = [`恢复完成：${parts.join("，")}。`, ...x.notes];
  if (x.skipped.length) lines.push(`以下内容没有恢复：${x.skipped.join("")}`);
  return lines.join("");
}
