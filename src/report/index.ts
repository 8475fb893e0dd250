export * from "./blank";
export * from "./fileName";
export * from "./jsonSchema";
export * from "./parseCell";
export * from "./paths";
export * from "./rollForward";
export * from "./schema";
export * from "./totals";
