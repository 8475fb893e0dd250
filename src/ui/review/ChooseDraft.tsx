import { useState } from "react";
import type { DraftChoice, Notice, Received } from "./receive";

/** What the banner shows for what arrived: its message, and the drafts to choose from when it does not say which. */
export function noticeOf(received: Received, show: (next: Received) => void): Notice {
  const { tone, message, choose } = received;
  return { tone, message: choose ? <ChooseDraft message={message} choose={choose} show={show} /> : message };
}

function ChooseDraft({
  message,
  choose,
  show,
}: {
  message: string;
  choose: DraftChoice;
  show: (next: Received) => void;
}) {
  // One choice: the buttons are disabled while the notes are being attached.
  const [busy, setBusy] = useState(false);
  const attach = (id: string) => {
    setBusy(true);
    void choose.attach(id).then(show);
  };
  return (
    <>
      {message}
      <ul className="review-choose" aria-label="选择意见所属的草稿">
        {choose.drafts.map((d) => (
          <li key={d.id}>
            <button type="button" disabled={busy} onClick={() => attach(d.id)}>
              附到：{d.title}
            </button>
            {d.fits && "（机关和年度相符）"}
          </li>
        ))}
      </ul>
    </>
  );
}
