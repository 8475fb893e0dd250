/**
 * A draft (or a reviewer's hand-back) carried in a URL fragment: `#xxgk1.<base64url of deflate(JSON)>`.
 * The fragment never reaches a server. The version prefix lets a newer app refuse clearly instead of guessing.
 */

export const LINK_PREFIX = "xxgk";
export const LINK_VERSION = 1;
/** Some mail and chat tools cut links longer than this. */
export const LINK_WARN_LENGTH = 2_000;
/** Above this, only the file is offered. */
export const LINK_MAX_LENGTH = 32_000;

/**
 * The most a link or a share file may hold once unpacked. A shared report with its comments is about 100 KB;
 * a link built to unpack to hundreds of megabytes (a decompression bomb) is refused before it fills memory.
 */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

export type LinkDecode = { ok: true; json: unknown } | { ok: false; reason: LinkProblem; message: string };
export type LinkProblem = "foreign" | "newer" | "truncated" | "too-large";

export const TOO_LARGE =
  "内容超过 20 MB，远大于任何一份年报和意见，可能不是本工具生成的，或已被篡改，未打开。本机草稿没有任何改动。";

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates `bytes`, stopping (null) as soon as the output passes `cap`: memory never holds more than that. */
async function inflateCapped(bytes: Uint8Array, cap: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.length;
    if (total > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(part.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The fragment (without `#`) for a JSON-serialisable payload. */
export async function encodeFragment(payload: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return `${LINK_PREFIX}${LINK_VERSION}.${toBase64Url(await deflate(bytes))}`;
}

const TRUNCATED = "链接不完整，可能在复制或转发时被截断。请让对方重新发送完整链接，或改用分享文件。";

/** Reads a fragment (with or without `#`); says plainly why it cannot be read. */
export async function decodeFragment(fragment: string): Promise<LinkDecode> {
  const text = fragment.replace(/^#/, "");
  const match = /^xxgk(\d+)\.(.*)$/s.exec(text);
  if (!match) {
    return { ok: false, reason: "foreign", message: "这不是年报编制工具生成的分享链接，无法打开。请确认链接来源。" };
  }
  if (Number(match[1]) > LINK_VERSION) {
    return {
      ok: false,
      reason: "newer",
      message: "这个链接由更新版本的年报编制工具生成，当前版本无法读取。请刷新页面或更新工具后再打开。",
    };
  }
  const bytes = fromBase64Url(match[2]);
  if (!bytes || bytes.length === 0) return { ok: false, reason: "truncated", message: TRUNCATED };
  try {
    const unpacked = await inflateCapped(bytes, MAX_UNPACKED_BYTES);
    if (!unpacked) return { ok: false, reason: "too-large", message: TOO_LARGE };
    return { ok: true, json: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(unpacked)) };
  } catch {
    return { ok: false, reason: "truncated", message: TRUNCATED };
  }
}
