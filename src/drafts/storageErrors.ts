/** What went wrong with the browser's storage, in words a clerk can act on. */

export type StorageFailure = "quota" | "unavailable" | "closed" | "unknown";

const CLOSED_NAMES = new Set(["InvalidStateError", "TransactionInactiveError", "UnknownError"]);

export function classifyStorageError(error: unknown): StorageFailure {
  const name = (error as { name?: string } | null)?.name ?? "";
  const message = String((error as { message?: string } | null)?.message ?? "");
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || /quota/i.test(message)) return "quota";
  if (CLOSED_NAMES.has(name) || /clos/i.test(message)) return "closed";
  if (name === "SecurityError" || name === "NotSupportedError" || name === "NotFoundError") return "unavailable";
  return "unknown";
}

/** The short reason shown after 未保存 in the save status. */
export const FAILURE_REASON: Record<StorageFailure, string> = {
  quota: "浏览器存储空间已满",
  unavailable: "浏览器存储不可用，请导出",
  closed: "与浏览器存储的连接中断",
  unknown: "写入浏览器存储失败",
};

/** The banner: the cause, what is kept, and the next step. */
export const FAILURE_MESSAGE: Record<StorageFailure, string> = {
  quota:
    "浏览器存储空间已满，最近的修改没有保存到浏览器。修改仍保留在本页面中，请不要关闭页面：先点击“下载备份”把草稿存到电脑，再清理磁盘空间或清空回收站，然后点击“重试保存”。",
  unavailable:
    "未保存到浏览器，请导出：浏览器存储不可用（可能是无痕/隐私窗口，或浏览器禁止了网站数据）。草稿只保存在本页面的内存中，关闭页面就会丢失，请点击“下载备份”存到电脑，或换用普通窗口打开。",
  closed:
    "与浏览器存储的连接中断，重新连接也没有成功，最近的修改没有保存到浏览器。修改仍保留在本页面中：请先点击“下载备份”，再点击“重试保存”；仍不成功请关闭其他标签页后刷新。",
  unknown:
    "写入浏览器存储失败，最近的修改没有保存到浏览器。修改仍保留在本页面中：请先点击“下载备份”，再点击“重试保存”。",
};

const NEXT_STEP: Record<StorageFailure, string> = {
  quota: "请先“备份全部草稿”存到电脑，再清理磁盘空间或清空回收站，然后重试。",
  unavailable: "可能是无痕/隐私窗口，请换用普通窗口。",
  closed: "请关闭其他标签页后刷新，再重试。",
  unknown: "请稍后重试；如仍失败，请先“备份全部草稿”。",
};

/**
 * What a failed write (share, import, comment, restore, trash …) tells the person: what did not happen and why,
 * what is kept, and the next step.
 */
export function writeFailureMessage(action: string, error: unknown, kept: string): string {
  const failure = classifyStorageError(error);
  return `${action}没有完成：${FAILURE_REASON[failure]}。${kept}。${NEXT_STEP[failure]}`;
}
