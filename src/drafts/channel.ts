/** Messages between tabs of this app about drafts (BroadcastChannel). */

export type DraftMessage =
  /** A draft was written; read-only viewers reload it. */
  | { type: "saved"; id: string; revision: number }
  /** A tab is about to take over a draft: the writer should save what it has now. */
  | { type: "flush"; id: string }
  /** The writer has saved everything it had. */
  | { type: "flushed"; id: string }
  /** Drafts were added, removed or restored: lists refresh. */
  | { type: "list-changed" }
  /** A draft's review record changed (a hand-back arrived): open review panels reload it. */
  | { type: "review-changed"; id: string };

const CHANNEL = "nianbao-drafts";

export function openDraftChannel(onMessage: (message: DraftMessage) => void): {
  post: (message: DraftMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === "undefined") return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DraftMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Tells every open page of this app, this one included, what happened (a channel never hears its own posts). */
export function announce(message: DraftMessage): void {
  const channel = openDraftChannel(() => {});
  channel.post(message);
  channel.close();
}
