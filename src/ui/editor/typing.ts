/**
 * Typed text reaches the form after the key's frame is painted (issue #20: a 2015 office PC). The field holds the
 * text meanwhile, so the character shows as fast as in a bare input; the totals, character counts, checks and the
 * autosave's journal that the form's change sets off run in a task of their own, once for keys typed in between.
 * Whatever reads the form first runs the pending writes at once (`flushTyping`): every `readPath`, blur, copy,
 * undo, export, and the page being hidden or closed.
 */
import { flushSync } from "react-dom";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Store } from "./store";

const pending = new Map<string, () => void>();
/** Whether typed text is on its way to the form: 已保存 is not true then (SaveStatus). */
export const typingUnwritten = new Store(false);
let scheduled = false;
let channel: MessageChannel | null = null;

/** The task after the next paint: a message posted from a frame callback runs once that frame is drawn. */
function afterNextPaint(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => flushSync(flushTyping);
  }
  const port = channel.port2;
  requestAnimationFrame(() => port.postMessage(null));
  // A hidden page draws no frames.
  setTimeout(flushTyping, 100);
}

/** Writes `key`'s typed text with `write` after the next paint; a later call for the same key replaces it. */
export function deferTyping(key: string, write: () => void): void {
  pending.set(key, write);
  typingUnwritten.set(true);
  if (scheduled) return;
  scheduled = true;
  afterNextPaint();
}

/** Whether typed text of `key` has not reached the form yet (a render meanwhile shows an older value). */
export function typingPending(key: string): boolean {
  return pending.has(key);
}

/** Runs every pending write now. */
export function flushTyping(): void {
  scheduled = false;
  for (const [key, write] of pending) {
    pending.delete(key);
    write();
  }
  typingUnwritten.set(pending.size > 0);
}

/** A registered text field whose typing reaches the form after the next paint; leaving the field writes it at once. */
export function typedField(field: UseFormRegisterReturn): UseFormRegisterReturn {
  return {
    ...field,
    onChange: async (event) => deferTyping(field.name, () => void field.onChange(event)),
    onBlur: (event) => {
      flushTyping();
      return field.onBlur(event);
    },
  };
}
