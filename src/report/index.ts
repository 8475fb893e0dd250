export * from "./blank";
export * from "./jsonSchema";
export * from "./parseCell";
export * from "./paths";
export * from "./schema";
export * from "./totals";
