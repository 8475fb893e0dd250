/** The spreadsheet behaviour of the statistics tables as pure functions: no React, no browser APIs. */
export * from "./history";
export * from "./keys";
export * from "./labels";
export * from "./model";
export * from "./navigation";
export * from "./paste";
export * from "./tsv";
