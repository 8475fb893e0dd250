/** What every export says when it is done or has failed, in the same words wherever it started. */
export const exportedMessage = (fileName: string) => `已导出“${fileName}”，请在浏览器的下载列表中查看。`;

export const EXPORT_FAILED = "导出失败：浏览器未能生成文件。请再点一次；仍不成功时请换用 Chrome 或 Edge 浏览器。";
