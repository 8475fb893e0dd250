/** An Excel workbook (.xlsx is a zip: `PK`), read with the lazily loaded reader of `./xlsx`, not `importBytes`. */
export function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  return /\.xlsx$/i.test(fileName) && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
