/**
 * The publishable document (print, HTML fragment). The DOCX writer (`./docx`) is not re-exported here:
 * it pulls in the `docx` package, so the UI imports it on demand.
 */
export * from "./html";
export * from "./model";
export * from "./signOff";
export * from "./style";
export * from "./title";
