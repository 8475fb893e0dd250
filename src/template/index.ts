/**
 * The 2021 template (国办公开办函〔2021〕30号) as data. Every label, key, span and order of the
 * official format lives under this folder; forms, grids, totals, checks and exports read it from here.
 */

export * from "./cells";
export * from "./fields";
export * from "./guidance";
export * from "./hints";
export * from "./labelReader";
export * from "./layout";
export * from "./sections";
export * from "./table2";
export * from "./table3";
export * from "./table4";
