import { collectBackup, type DraftRepository, type LiveDraft } from "../../drafts";
import { downloadText, fileStamp } from "../common/files";

/** 备份全部草稿 / 下载备份: one JSON file with every draft (and the open draft's newest edits). */
export async function downloadBackup(repo: DraftRepository, live: LiveDraft | null = null): Promise<number> {
  const now = new Date();
  const backup = await collectBackup(repo, live, now);
  downloadText(`年报草稿备份-${fileStamp(now)}.json`, JSON.stringify(backup, null, 2));
  return backup.drafts.length;
}
