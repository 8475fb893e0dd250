/** Hands a file to the browser's download (the user's 下载 folder or the save dialog). */
export function saveFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers read the URL after click() returns; give them time before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
