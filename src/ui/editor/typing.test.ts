import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deferTyping, flushTyping, typingPending } from "./typing";

/** Frame callbacks run only when a test says a frame happens. */
let frames: (() => void)[] = [];
const drawFrame = async () => {
  for (const callback of frames.splice(0)) callback();
  // The message posted from the frame callback is delivered in a task of its own (well before 20 ms; the
  // 100 ms fallback is not what runs it).
  await new Promise((resolve) => setTimeout(resolve, 20));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
});
afterEach(() => {
  flushTyping();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("typed text reaches the form after the next paint", () => {
  it("writes nothing during the key, then once after the frame, with the latest text", async () => {
    const written: string[] = [];
    let text = "1";
    deferTyping("t3.received.natural", () => written.push(text));
    text = "12";
    deferTyping("t3.received.natural", () => written.push(text));
    expect(written).toEqual([]);
    expect(typingPending("t3.received.natural")).toBe(true);
    await drawFrame();
    expect(written).toEqual(["12"]);
    expect(typingPending("t3.received.natural")).toBe(false);
  });

  it("keeps one pending write per field and runs them all", async () => {
    const written: string[] = [];
    deferTyping("s1.proactive.body", () => written.push("一"));
    deferTyping("t3.received.natural", () => written.push("三"));
    await drawFrame();
    expect(written.sort()).toEqual(["一", "三"]);
  });

  it("is written at once when something reads the form first", () => {
    const written: string[] = [];
    deferTyping("s6.body", () => written.push("关闭前"));
    flushTyping();
    expect(written).toEqual(["关闭前"]);
    expect(typingPending("s6.body")).toBe(false);
  });

  it("is written within 100 ms when no frame is drawn (a hidden page)", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    deferTyping("s6.body", () => written.push("后台"));
    vi.advanceTimersByTime(99);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(["后台"]);
  });

  it("a write that reads the form (and so flushes) runs the others once, not twice", async () => {
    const written: string[] = [];
    deferTyping("a", () => {
      written.push("a");
      flushTyping();
    });
    deferTyping("b", () => written.push("b"));
    await drawFrame();
    expect(written).toEqual(["a", "b"]);
  });
});
