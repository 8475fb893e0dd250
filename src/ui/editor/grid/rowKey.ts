/** The template row a cell belongs to (its hint and label key): `t3.denied.stateSecret.natural` → `t3.denied.stateSecret`. */
export const parentPath = (path: string) => path.slice(0, path.lastIndexOf("."));
