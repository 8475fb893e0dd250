import { backupBlob, collectBackup, type DraftRepository, type LiveDraft, MAX_BACKUP_BYTES } from "../../drafts";
import { fileStamp, saveFile } from "../common/files";

/**
 * 备份全部草稿 / 下载备份: one JSON file with every draft (and the open draft's newest edits), the 定稿 records and
 * the 汇总 workspaces with their files. Resolves to what it holds, in words: “3 份草稿、1 个汇总（共 37 个文件）”.
 */
export async function downloadBackup(repo: DraftRepository, live: LiveDraft | null = null): Promise<string> {
  const now = new Date();
  const backup = await collectBackup(repo, live, now);
  const blob = backupBlob(backup);
  saveFile(blob, `年报草稿备份-${fileStamp(now)}.json`, "application/json");
  const files = backup.collections.reduce((n, c) => n + c.files.length, 0);
  const sub = Object.keys(backup.submissions).length;
  return [
    `${backup.drafts.length} 份草稿`,
    backup.collections.length ? `${backup.collections.length} 个汇总（共 ${files} 个文件）` : "",
    sub ? `${sub} 份草稿的定稿记录` : "",
  ]
    .filter(Boolean)
    .join("、")
    .concat(backup.incomplete ? "（汇总和定稿记录未能读取，没有包含在内）" : "")
    .concat(
      blob.size > MAX_BACKUP_BYTES
        ? `；注意：这份备份有 ${Math.ceil(blob.size / 2 ** 20)} MB，超过“从备份恢复”一次能读入的 ${MAX_BACKUP_BYTES / 2 ** 20} MB，暂时不能用它恢复。请不要清除本机的浏览器数据，并联系技术支持`
        : "",
    );
}
