/**
 * The versions of a draft a review kept (docs/review.md “版本”): each share sent or received, the version each
 * hand-back was about, each approved version, each 定稿, and the content as it is now. A version's content is
 * looked up by its hash among the kept snapshots and 定稿 (both hash the same canonical report); when no longer
 * kept it is listed with `report: null`, so the list says so rather than leaving it out.
 */
import type { Report } from "../report";
import type { Entry } from "./entry";
import { fingerprint } from "./identity";
import type { Submission } from "./submission";

export type VersionKind = "share" | "reviewed" | "approved" | "submission" | "current";

export interface ReportVersion {
  /** Unique in the list: kind, time and hash. */
  id: string;
  kind: VersionKind;
  label: string;
  /** ISO time; null for the current content. */
  at: string | null;
  /** Who shared, handed back, approved or finalised it (name with key fingerprint where signed). */
  who: string;
  /** The canonical SHA-256 of the report; null for the current content while it is being computed. */
  hash: string | null;
  /** The report as it was, or null when it is no longer kept in this browser. */
  report: Report | null;
}

export interface VersionSources {
  shares: readonly { snapshotHash: string; sharedAt: string; report: Report }[];
  reviewed: readonly { hash: string; at: string; by?: string }[];
  entries: readonly Entry[];
  submissions: readonly Submission[];
  current: { report: Report; hash: string | null };
}

const signed = (author: { name: string; key: string }) => `${author.name}（${fingerprint(author.key)}）`;
const bodyName = (report: Report | null) => report?.meta.organ.trim() || "填报单位";

/** Every version, oldest first, the current content last. */
export function listVersions(sources: VersionSources): ReportVersion[] {
  const { shares, reviewed, entries, submissions, current } = sources;
  const content = (hash: string): Report | null =>
    shares.find((s) => s.snapshotHash === hash)?.report ??
    submissions.find((s) => s.snapshotHash === hash)?.report ??
    null;
  const version = (kind: VersionKind, label: string, at: string, who: string, hash: string): ReportVersion => ({
    id: `${kind}:${at}:${hash}`,
    kind,
    label,
    at,
    who,
    hash,
    report: content(hash),
  });
  const approvals = entries.flatMap((e) =>
    e.body.kind === "verdict" && e.body.status === "approved" ? [{ entry: e, hash: e.body.snapshotHash }] : [],
  );
  const kept = [
    ...shares.map((s) => version("share", "分享", s.sharedAt, bodyName(s.report), s.snapshotHash)),
    ...reviewed.map((r) => version("reviewed", "退回意见所依据的版本", r.at, r.by || "审阅人", r.hash)),
    ...approvals.map((a) => version("approved", "通过的版本", a.entry.at, signed(a.entry.author), a.hash)),
    ...submissions.map((s) =>
      version("submission", `定稿第${s.version}版`, s.submittedAt, signed(s.signer), s.snapshotHash),
    ),
  ].sort((a, b) => ((a.at ?? "") < (b.at ?? "") ? -1 : (a.at ?? "") > (b.at ?? "") ? 1 : a.id < b.id ? -1 : 1));
  return [
    ...kept,
    {
      id: "current",
      kind: "current",
      label: "当前内容",
      at: null,
      who: bodyName(current.report),
      hash: current.hash,
      report: current.report,
    },
  ];
}
