export * from "./blank";
export * from "./fileName";
export * from "./parseCell";
export * from "./parseYear";
export * from "./paths";
export * from "./rollForward";
export * from "./schema";
export * from "./totals";
