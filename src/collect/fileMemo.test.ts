import { describe, expect, it } from "vitest";
import { FileMemo, fileKey } from "./fileMemo";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("FileMemo", () => {
  it("computes once for the same id and bytes, again for other bytes or after being told to forget", () => {
    const memo = new FileMemo<string>();
    let runs = 0;
    const compute = () => `run ${++runs}`;
    const key = fileKey({ id: "f1", bytes: bytes("甲") });
    expect(memo.get(key, compute)).toBe("run 1");
    expect(memo.get(fileKey({ id: "f1", bytes: bytes("甲") }), compute)).toBe("run 1");
    expect(memo.get(fileKey({ id: "f1", bytes: bytes("乙") }), compute)).toBe("run 2");
    expect(memo.get(fileKey({ id: "f2", bytes: bytes("甲") }), compute)).toBe("run 3");
    memo.forget(key);
    expect(memo.get(key, compute)).toBe("run 4");
  });

  it("keeps only the files still there", () => {
    const memo = new FileMemo<number>();
    memo.get("a", () => 1);
    memo.get("b", () => 2);
    memo.keepOnly(new Set(["b"]));
    expect(memo.get("a", () => 3)).toBe(3);
    expect(memo.get("b", () => 4)).toBe(2);
  });
});
