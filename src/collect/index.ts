/** The 区 office's collection (汇总): roster, matching files to units, status, sums over units and text similarity. */
export * from "./collection";
export * from "./evaluate";
export * from "./fileKind";
export * from "./fileMemo";
export * from "./match";
export * from "./names";
export * from "./notes";
export * from "./roster";
export * from "./similarity";
export * from "./status";
export * from "./submitted";
export * from "./sums";
