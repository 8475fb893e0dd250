/** Import and export formats: Markdown in the official layout, our JSON envelope, and text from published reports. */
export { importBytes, importDocument, MAX_IMPORT_BYTES, tooLargeMessage } from "./importDocument";
export { envelopeSchema, JSON_FORMAT, JSON_FORMAT_VERSION, type ReportEnvelope, toEnvelope, toJson } from "./json";
export { type Block, markdownBlocks } from "./markdownBlocks";
export { formatNumber, tableMarkdown, toMarkdown } from "./markdownExport";
export { importText } from "./textImport";
export type { ImportResult } from "./types";
