/**
 * Render counters for the e2e test that proves a keystroke re-renders only what it should. Off unless the
 * page is opened with `?renders`; then `window.__renders[id]` counts each render of a component.
 */
const enabled = typeof location !== "undefined" && new URLSearchParams(location.search).has("renders");

export function countRender(id: string): void {
  if (!enabled) return;
  const w = window as unknown as { __renders?: Record<string, number> };
  w.__renders ??= {};
  w.__renders[id] = (w.__renders[id] ?? 0) + 1;
}
