import { beforeAll, describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { type Identity, identityOf, newKeyPair } from "./identity";
import { decodeFragment, encodeFragment, LINK_MAX_LENGTH, LINK_WARN_LENGTH, MAX_UNPACKED_BYTES } from "./link";
import { messageFileText, sealMessage, shareBody } from "./message";
import { linkAdvice, openFileText, openFragment, outgoing } from "./share";

const NOW = new Date("2024-01-20T08:00:00.000Z");
let me: Identity;
beforeAll(async () => {
  me = await identityOf(await newKeyPair());
});

describe("share links and files", () => {
  it("advise by length: fine, long (some tools cut it), file only", () => {
    expect(linkAdvice(LINK_WARN_LENGTH)).toBe("ok");
    expect(linkAdvice(LINK_WARN_LENGTH + 1)).toBe("long");
    expect(linkAdvice(LINK_MAX_LENGTH)).toBe("long");
    expect(linkAdvice(LINK_MAX_LENGTH + 1)).toBe("fileOnly");
  });

  it("put the payload in the fragment of this page's address, without its query", async () => {
    const body = await shareBody("d1", 3, hongshan2023(), [], NOW);
    const { link } = await outgoing("https://example.org/app/?draft=x#old", body, me);
    expect(link).toMatch(/^https:\/\/example\.org\/app\/#xxgk1\./);
    const opened = await openFragment(new URL(link).hash);
    expect(opened.ok && opened.body).toEqual(body);
  });

  it("offer the same body as a file, with the link's advice", async () => {
    const body = await shareBody("d1", 3, hongshan2023(), [], NOW);
    const sent = await outgoing("https://example.org/", body, me);
    expect(sent.advice).toBe(linkAdvice(sent.link.length));
    const opened = await openFileText(sent.fileText);
    expect(opened.ok && opened.body).toEqual(body);
  });

  it("refuse an edited link and a truncated one with a message", async () => {
    const { link } = await outgoing("https://example.org/", await shareBody("d1", 3, hongshan2023(), [], NOW), me);
    const hash = new URL(link).hash;
    const truncated = await openFragment(hash.slice(0, hash.length - 40));
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.message).toMatch(/截断/);
    const flipped = hash.slice(0, 30) + (hash[30] === "A" ? "B" : "A") + hash.slice(31);
    expect((await openFragment(flipped)).ok).toBe(false);
  });

  it("read a file's text, and refuse text that is not ours", async () => {
    const message = await sealMessage(await shareBody("d1", 3, hongshan2023(), [], NOW), me);
    expect((await openFileText(messageFileText(message))).ok).toBe(true);
    const bad = await openFileText("not json");
    expect(!bad.ok && bad.message).toMatch(/不是年报编制工具/);
    const edited = messageFileText(message).replace('"d1"', '"d2"');
    const refused = await openFileText(edited);
    expect(!refused.ok && refused.message).toMatch(/改动/);
  });
});

describe("a link built to unpack to far more than any report (a decompression bomb)", () => {
  it("is refused once the unpacked text passes 20 MB, without unpacking the rest", async () => {
    // 64 MB of one character deflates to about 64 KB; the link holds it base64-encoded.
    const fragment = await encodeFragment({ x: "a".repeat(64 * 1024 * 1024) });
    const result = await decodeFragment(fragment);
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    if (!result.ok) expect(result.message).toContain("20 MB");
  });

  it("still opens a payload just under the cap", async () => {
    const fragment = await encodeFragment({ text: "b".repeat(MAX_UNPACKED_BYTES - 100) });
    expect(await decodeFragment(fragment)).toMatchObject({ ok: true });
  });
});
