/** Reading and writing a report by key path (`t3.denied.stateSecret.natural`, `s1.proactive.body`). */

type Tree = { [key: string]: unknown };

/** Paths are a fixed vocabulary read on every keystroke: split each once. */
const SEGMENTS = new Map<string, readonly string[]>();

function segments(path: string): readonly string[] {
  let parts = SEGMENTS.get(path);
  if (!parts) {
    parts = path.split(".");
    SEGMENTS.set(path, parts);
  }
  return parts;
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of segments(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

/** A copy of `root` with `path` set to `value`; untouched branches are shared, not copied. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const node = (root ?? {}) as Tree;
  return { ...node, [head]: rest.length ? setAt(node[head], rest.join("."), value) : value } as T;
}
