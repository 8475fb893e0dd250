/** Import and export formats: Markdown in the official layout, our JSON file, and text from published reports. */
export { importBytes, importDocument, importFile, MAX_IMPORT_BYTES, tooLargeMessage } from "./importDocument";
export { JSON_FORMAT, JSON_FORMAT_VERSION, type JsonFile, jsonFileSchema, toJson, toJsonFile } from "./json";
export { type Block, markdownBlocks } from "./markdownBlocks";
export { formatNumber, tableMarkdown, toMarkdown } from "./markdownExport";
export { importText } from "./textImport";
export type { ImportResult } from "./types";
