import { useRef } from "react";
import { MAX_UNPACKED_BYTES, TOO_LARGE } from "../../review/link";
import type { OpenResult } from "../../review/message";
import { readFileBytes } from "../common/files";
import { useOnFirstUse } from "../common/firstUse";
import { loadReview } from "./loadReview";

/** 打开分享或意见文件: the file form of a share link or a hand-back link. */
export function OpenReviewFile({ onOpened }: { onOpened: (result: OpenResult) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const { load, failure } = useOnFirstUse();
  const read = async (file: File) => {
    // A file far larger than any report is refused before it is read into memory.
    if (file.size > MAX_UNPACKED_BYTES) {
      onOpened({ ok: false, message: TOO_LARGE });
      return;
    }
    const review = await load(loadReview, () => void read(file));
    if (!review) return;
    const text = new TextDecoder().decode(await readFileBytes(file));
    onOpened(await review.openFileText(text));
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        打开分享或意见文件
      </button>
      {failure}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="选择分享或意见文件"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void read(file);
        }}
      />
    </>
  );
}
