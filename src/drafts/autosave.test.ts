import { afterEach, describe, expect, it, vi } from "vitest";
import { blankReport, type Report, setAt } from "../report";
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, Autosaver, type SaveState } from "./autosave";
import type { SaveResult } from "./repository";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup() {
  vi.useFakeTimers();
  const states: SaveState[] = [];
  const writes: { report: Report; expected: number; done: ReturnType<typeof deferred<SaveResult>> }[] = [];
  const onFirstSave = vi.fn();
  const saver = new Autosaver({
    revision: 1,
    write: (report, expected) => {
      const done = deferred<SaveResult>();
      writes.push({ report, expected, done });
      return done.promise;
    },
    onState: (state) => states.push(state),
    onFirstSave,
  });
  saver.baseline(blankReport());
  return { saver, states, writes, onFirstSave, last: () => states[states.length - 1] };
}

const edit = (text: string) => setAt(blankReport(), "s6.body", text);
const ok = (revision: number): SaveResult => ({ ok: true, revision, savedAt: "2025-01-01T00:00:00.000Z" });

describe("Autosaver", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes once, after the debounce, and says saved only when the write has completed", async () => {
    const { saver, writes, last, onFirstSave } = setup();
    saver.change(edit("a"));
    saver.change(edit("ab"));
    expect(last()).toEqual({ kind: "pending" });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(1);
    expect(writes[0].report.s6.body).toBe("ab");
    expect(last()).toEqual({ kind: "pending" });
    writes[0].done.resolve(ok(2));
    await vi.runAllTimersAsync();
    expect(last()).toEqual({ kind: "saved", savedAt: "2025-01-01T00:00:00.000Z" });
    expect(onFirstSave).toHaveBeenCalledTimes(1);
  });

  it("writes at least once a second while typing goes on without a pause", async () => {
    const { saver, writes } = setup();
    // A key every 150 ms for 13 s: the debounce alone would never fire.
    for (let t = 0, n = 0; t < 13_000; t += 150, n++) {
      saver.change(edit("x".repeat(n + 1)));
      await vi.advanceTimersByTimeAsync(150);
      for (const w of writes) w.done.resolve(ok(2 + writes.indexOf(w)));
    }
    expect(writes.length).toBeGreaterThanOrEqual(12);
    // Every change waited at most the maximum before a write took it.
    const lengths = writes.map((w) => w.report.s6.body.length);
    const gaps = lengths.slice(1).map((n, i) => n - lengths[i]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(Math.ceil(AUTOSAVE_MAX_WAIT_MS / 150) + 1);
  });

  it("does not say saved while a newer change is still unwritten, and writes it next with the new revision", async () => {
    const { saver, writes, last } = setup();
    saver.change(edit("a"));
    void saver.flush();
    saver.change(edit("ab"));
    writes[0].done.resolve(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: "pending" });
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatchObject({ expected: 2, report: { s6: { body: "ab" } } });
  });

  it("keeps a failed write in memory, never says saved, and retries", async () => {
    const { saver, writes, states, last } = setup();
    saver.change(edit("a"));
    void saver.flush();
    writes[0].done.reject(new DOMException("full", "QuotaExceededError"));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: "failed", failure: "quota" });
    expect(saver.dirty).toBe(true);
    saver.change(edit("ab"));
    expect(last()).toEqual({ kind: "failed", failure: "quota" });
    void saver.retry();
    writes[1].done.resolve(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes[1].report.s6.body).toBe("ab");
    expect(last()).toMatchObject({ kind: "saved" });
    expect(states.filter((s) => s.kind === "saved")).toHaveLength(1);
  });

  it("stops on a revision conflict instead of overwriting", async () => {
    const { saver, writes, last } = setup();
    saver.change(edit("a"));
    void saver.flush();
    writes[0].done.resolve({ ok: false, reason: "conflict", storedRevision: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: "conflict" });
    saver.change(edit("ab"));
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it("does not write a report equal to the stored one", async () => {
    const { saver, writes } = setup();
    saver.change(blankReport());
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(0);
  });
});
