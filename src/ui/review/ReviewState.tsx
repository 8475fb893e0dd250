import { useWatch } from "react-hook-form";
import type { ShareSnapshot } from "../../drafts";
import type { Report } from "../../report";
import { diffReports } from "../../review/diff";
import type { Verdict } from "../../review/thread";
import { ChangesSince } from "./ChangesSince";
import { signature, when } from "./CommentItem";
import type { Writer } from "./ReviewAside";

interface ReviewStateProps {
  verdict: Verdict | null;
  shares: readonly ShareSnapshot[];
  /** The snapshot last shared (the clerk's latest share; on a reviewer's copy, the one it shows). */
  latestShared: string | null;
  /** Set on a reviewer's copy: the reviewer gives the verdict on the snapshot shown. */
  reviewing: { writer: Writer | null; snapshotHash: string } | null;
}

/**
 * Whether a version was shared after the one a verdict was given on (shares are in time order). A verdict from the
 * 汇总 is on a file the unit sent, not on a share: then only a share made after it counts.
 */
function sharedSince(verdict: Verdict, shares: readonly ShareSnapshot[]): boolean {
  const at = shares.findIndex((s) => s.snapshotHash === verdict.snapshotHash);
  return at >= 0 ? at < shares.length - 1 : shares.some((s) => s.sharedAt > verdict.at);
}

/**
 * 待审阅 → 退回修改 → 已通过. 已通过 is bound to the snapshot it was given on: once the report differs from that
 * snapshot it shows 通过后已修改 with the changes. A 退回修改 followed by a newer share is 待审阅 again.
 */
/** The reviewer's two conclusions on the version in front of her. */
const VERDICTS = [
  ["returned", "退回修改"],
  ["approved", "通过这一版本"],
] as const;

export function ReviewState({ verdict, shares, latestShared, reviewing }: ReviewStateProps) {
  const current = useWatch() as Report;
  if (!verdict && !latestShared) return null;
  const approved = verdict?.status === "approved" ? shares.find((s) => s.snapshotHash === verdict.snapshotHash) : null;
  const changedSinceApproval = approved ? diffReports(approved.report, current).length > 0 : false;
  const state = !verdict
    ? "待审阅"
    : verdict.status === "returned"
      ? // The reviewer sees a newer version than the one returned (a later share, or the unit's next file).
        sharedSince(verdict, shares) || (reviewing && reviewing.snapshotHash !== verdict.snapshotHash)
        ? "待审阅"
        : "退回修改"
      : changedSinceApproval
        ? "通过后已修改"
        : "已通过";
  return (
    <section aria-label="审阅状态" className="review-state" data-state={state}>
      <h3>审阅状态：{state}</h3>
      {verdict && (
        <p className="review-meta">
          {verdict.status === "approved" ? "通过" : "退回修改"}：{signature(verdict.author)} · {when(verdict.at)}
        </p>
      )}
      {verdict?.status === "approved" && !approved && (
        <p className="review-note">
          通过的版本的内容已不在本机保存，无法比较此后是否改动过。可请审阅人对当前版本重新审阅。
        </p>
      )}
      {state === "待审阅" && verdict?.status === "returned" && (
        <p className="review-note">退回修改之后已重新分享了新的版本，等待审阅人再看。</p>
      )}
      {approved && changedSinceApproval && <ChangesSince snapshot={approved} label="通过后的修改" none="" />}
      {reviewing && (
        <div className="review-own-actions">
          {VERDICTS.map(([status, label]) => (
            <button
              key={status}
              type="button"
              disabled={!reviewing.writer}
              onClick={() =>
                void reviewing.writer?.write(null, { kind: "verdict", status, snapshotHash: reviewing.snapshotHash })
              }
            >
              {label}
            </button>
          ))}
          <p className="review-note">给出结论后，请点击“退回意见”发回给填报人。</p>
        </div>
      )}
    </section>
  );
}
