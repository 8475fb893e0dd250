import { describe, expect, it } from "vitest";
import { fromBase64, isBase64, toBase64 } from "./base64";

describe("bytes in a backup as base64", () => {
  it("round-trips every byte value, across the slices it is encoded in, as standard base64", () => {
    const bytes = new Uint8Array(3 * 0x8000 + 7).map((_, i) => (i * 31) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString("base64"));
    expect(fromBase64(text)).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe("");
  });

  it.each([
    ["QUJD", true],
    ["QUI=", true],
    ["QQ==", true],
    ["", true],
    ["QUJ", false],
    ["QU=D", false],
    ["QUJD-_==", false],
    ["不是base64", false],
  ])("%j is base64: %s", (text, expected) => {
    expect(isBase64(text)).toBe(expected);
  });
});
