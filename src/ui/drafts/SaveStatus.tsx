import { FAILURE_REASON, type SaveState } from "../../drafts";
import { useStore } from "../editor/store";
import { typingUnwritten } from "../editor/typing";

export function saveStatusText(state: SaveState, inMemoryOnly: boolean): string {
  if (inMemoryOnly) return `未保存（${FAILURE_REASON.unavailable}）`;
  switch (state.kind) {
    case "saved":
      return "已保存";
    case "pending":
      return "保存中…";
    case "failed":
      return `未保存（${FAILURE_REASON[state.failure]}）`;
    case "conflict":
      return "未保存（别处已保存了更新的版本）";
    case "blocked":
      return state.reason === "newer" ? "未保存（新版本数据，只读）" : "未保存（草稿已不存在）";
  }
}

/** The save state, announced politely: 已保存 only after the write has committed. */
export function SaveStatus({ state, inMemoryOnly }: { state: SaveState; inMemoryOnly: boolean }) {
  // A key typed in the last frame has not reached the autosave yet (typing.ts): it is being saved, not saved.
  const unwritten = useStore(typingUnwritten, (u) => u);
  const text = saveStatusText(unwritten && state.kind === "saved" ? { kind: "pending" } : state, inMemoryOnly);
  const tone = text === "已保存" ? "saved" : text === "保存中…" ? "pending" : "unsaved";
  return (
    <span role="status" className={`save-status save-status-${tone}`}>
      {text}
    </span>
  );
}
