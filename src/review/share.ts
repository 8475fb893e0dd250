/** Building and reading what 分享 and 退回意见 hand over, as a link or a file. */

import type { Identity } from "./identity";
import { decodeFragment, encodeFragment, LINK_MAX_LENGTH, LINK_WARN_LENGTH } from "./link";
import {
  messageFileText,
  type OpenResult,
  openMessage,
  type ReviewBody,
  type ReviewMessage,
  sealMessage,
} from "./message";

export type LinkAdvice = "ok" | "long" | "fileOnly";

/** How safe a link of this length is to send: mail and chat tools cut long links; very long ones are not offered. */
export function linkAdvice(length: number): LinkAdvice {
  if (length > LINK_MAX_LENGTH) return "fileOnly";
  return length > LINK_WARN_LENGTH ? "long" : "ok";
}

/** The full link: this page's address with the payload in the fragment (never sent to a server). */
async function linkTo(baseUrl: string, message: ReviewMessage): Promise<string> {
  const url = new URL(baseUrl);
  url.search = "";
  url.hash = await encodeFragment(message);
  return url.toString();
}

/** What 分享 and 退回意见 offer for one body: the link, how safe it is to send, and the same as a file's text. */
export async function outgoing(
  baseUrl: string,
  body: ReviewBody,
  identity: Identity,
): Promise<{ link: string; advice: LinkAdvice; fileText: string }> {
  const message = await sealMessage(body, identity);
  const link = await linkTo(baseUrl, message);
  return { link, advice: linkAdvice(link.length), fileText: messageFileText(message) };
}

/** Reads a link fragment all the way to a checked body, or says why not. */
export async function openFragment(fragment: string): Promise<OpenResult> {
  const decoded = await decodeFragment(fragment);
  return decoded.ok ? openMessage(decoded.json) : { ok: false, message: decoded.message };
}

/** Reads a share or hand-back file's text. */
export async function openFileText(text: string): Promise<OpenResult> {
  try {
    return await openMessage(JSON.parse(text));
  } catch {
    return { ok: false, message: "文件不是年报编制工具的分享或退回意见文件（无法读取内容）。请确认选择了正确的文件。" };
  }
}
