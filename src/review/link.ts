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

export type LinkDecode = { ok: true; json: unknown } | { ok: false; reason: LinkProblem; message: string };
export type LinkProblem = "foreign" | "newer" | "truncated";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const blob = new Blob([bytes as BlobPart]);
  const out = await new Response(blob.stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(out);
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
  return `${LINK_PREFIX}${LINK_VERSION}.${toBase64Url(await pipe(bytes, new CompressionStream("deflate")))}`;
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
    const json = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate"))),
    );
    return { ok: true, json };
  } catch {
    return { ok: false, reason: "truncated", message: TRUNCATED };
  }
}
