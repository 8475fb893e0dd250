import { useWatch } from "react-hook-form";
import type { ShareSnapshot } from "../../drafts";
import type { Report } from "../../report";
import { diffReports } from "../../review/diff";

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  return String(value);
}

/** 自审阅版本以来的修改: every field and cell that differs from the snapshot the reviewer read, old → new. */
export function ChangesSince({ snapshot }: { snapshot: ShareSnapshot | undefined }) {
  const current = useWatch() as Report;
  if (!snapshot) {
    return (
      <p className="review-note">
        找不到审阅人所看版本的快照（只保留最近 10 次分享的版本），无法列出修改。意见仍按位置显示。
      </p>
    );
  }
  const changes = diffReports(snapshot.report, current);
  return (
    <section aria-label="自审阅版本以来的修改">
      <h3>自审阅版本以来的修改</h3>
      {changes.length === 0 ? (
        <p className="review-note">审阅人看过的版本之后，还没有修改。</p>
      ) : (
        <ul className="review-changes">
          {changes.map((c) => (
            <li key={c.path} data-path={c.path}>
              <span className="review-change-label">{c.label}</span>：{shown(c.before)} → {shown(c.after)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
