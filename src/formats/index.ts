/** Import and export formats: Markdown in the official layout, our JSON envelope, and text from published reports. */
export * from "./markdownExport";
export { importText } from "./textImport";
export type { ImportResult } from "./types";
