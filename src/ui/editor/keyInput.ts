import type { KeyboardEvent } from "react";
import type { KeyInput } from "../../grid";

/** A React key event as the pure key map reads it; key code 229 is an IME's key on some Chromium builds. */
export function keyInput(e: KeyboardEvent): KeyInput {
  return {
    key: e.key,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    isComposing: e.nativeEvent.isComposing || e.keyCode === 229,
  };
}
