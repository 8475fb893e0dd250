/**
 * The backup file of every draft, including the open draft's newest edits even when they could not be stored, with
 * the 定稿 records and the 汇总 workspaces (their code loads with the first backup, not with the first page).
 */
import type { Report } from "../report";
import { type BackupFile, buildBackup } from "./backup";
import { type DraftEnvelope, serializeEnvelope } from "./envelope";
import type { DraftRepository, QuarantinedRecord } from "./repository";
import type { ReviewRecords } from "./reviewRecord";

/** The open draft as the page holds it now. */
export interface LiveDraft {
  envelope: DraftEnvelope;
  report: Report;
}

export async function collectBackup(repo: DraftRepository, live: LiveDraft | null, now: Date): Promise<BackupFile> {
  // Reading can fail too (the failure may be why we are here): then the backup holds what the page has.
  const records = await repo.allRecords().catch((): [string, unknown][] => []);
  const quarantined = await repo
    .list()
    .then((listing) => listing.quarantined)
    .catch((): QuarantinedRecord[] => []);
  const reviews = await repo.allReviews().catch(() => ({}));
  const extras = await import("./backupExtras")
    .then(({ collectExtras }) => collectExtras(repo))
    .catch((error: unknown) => {
      console.error("backup: the 汇总 and 定稿 records could not be read", error);
      return { submissions: {}, collections: [], incomplete: INCOMPLETE };
    });
  return { ...draftsBackup(records, quarantined, reviews, live, now), ...extras };
}

/** Said in the file and by the page when the 汇总 and 定稿 records could not be read: the drafts still go out. */
export const INCOMPLETE = "本机的汇总和定稿记录未能读取，没有包含在这份备份中。";

function draftsBackup(
  records: [string, unknown][],
  quarantined: QuarantinedRecord[],
  reviews: ReviewRecords,
  live: LiveDraft | null,
  now: Date,
): BackupFile {
  if (live) {
    const envelope: DraftEnvelope = {
      ...live.envelope,
      report: live.report,
      revision: live.envelope.revision + 1,
      savedAt: now.toISOString(),
    };
    const others = records.filter(([id]) => id !== envelope.id);
    return buildBackup(
      [...others, [envelope.id, serializeEnvelope(envelope)]],
      quarantined,
      now.toISOString(),
      reviews,
    );
  }
  return buildBackup(records, quarantined, now.toISOString(), reviews);
}

/**
 * The file as a Blob built part by part: each received file's base64 is its own part, so the backup is never one
 * string of its whole size (a 汇总 of 500 files would make it tens of MB).
 */
export function backupBlob(backup: BackupFile): Blob {
  const { collections, ...rest } = backup;
  const parts: BlobPart[] = [JSON.stringify(rest, null, 2).slice(0, -2), ',\n  "collections": ['];
  collections.forEach(({ record, files }, i) => {
    parts.push(i ? "," : "", `\n{"record":${JSON.stringify(record)},"files":[`);
    for (const [j, { id, base64 }] of files.entries()) {
      parts.push(j ? "," : "", `\n{"id":${JSON.stringify(id)},"base64":"`, base64, '"}');
    }
    parts.push("]}");
  });
  parts.push("]\n}\n");
  return new Blob(parts, { type: "application/json" });
}
