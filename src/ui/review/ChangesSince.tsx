import { diffWords } from "diff";
import { useWatch } from "react-hook-form";
import type { ShareSnapshot } from "../../drafts";
import type { Report } from "../../report";
import { diffReports } from "../../review/diff";

function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  return String(value);
}

// Chinese has no spaces: words are found by the browser's segmenter (ICU), not by whitespace.
const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : undefined;

/** A paragraph's change marked inside it: what went is struck through, what came is underlined. */
function WordChanges({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after, { intlSegmenter: segmenter });
  return (
    <span className="review-words">
      {parts.map((part, i) => {
        const key = `${i}:${part.value}`;
        if (part.added) return <ins key={key}>{part.value}</ins>;
        if (part.removed) return <del key={key}>{part.value}</del>;
        return <span key={key}>{part.value}</span>;
      })}
    </span>
  );
}

const isText = (v: unknown) => typeof v === "string" && v !== "";

/** The changes from one report to another: paragraphs with the changed words marked, cells old → new. */
export function ChangesList({ before, after, none }: { before: Report; after: Report; none: string }) {
  const changes = diffReports(before, after);
  if (changes.length === 0) return <p className="review-note">{none}</p>;
  return (
    <ul className="review-changes">
      {changes.map((c) => (
        <li key={c.path} data-path={c.path}>
          <span className="review-change-label">{c.label}</span>：
          {isText(c.before) && isText(c.after) ? (
            <WordChanges before={String(c.before)} after={String(c.after)} />
          ) : (
            `${shown(c.before)} → ${shown(c.after)}`
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * What changed since a reviewed snapshot, against the report as it is now. On the clerk's draft, since the version
 * the reviewer read; on a reviewer's copy, since the version the reviewer last handed back comments on.
 */
export function ChangesSince({
  snapshot,
  label,
  none,
}: {
  /** A share's snapshot, or a 定稿 version: whatever holds the report as it was. */
  snapshot: Pick<ShareSnapshot, "report"> | undefined;
  label: string;
  none: string;
}) {
  const current = useWatch() as Report;
  if (!snapshot) {
    return (
      <p className="review-note">
        审阅时那个版本的内容已不在本机保存（本机保存最近 10
        次分享、退回意见和通过所依据的版本以及各次定稿；审阅人看的若是从其他文件读出的报告，本机没有它的副本），无法列出修改。意见仍按位置显示。
      </p>
    );
  }
  return (
    <section aria-label={label}>
      <h3>{label}</h3>
      <ChangesList before={snapshot.report} after={current} none={none} />
    </section>
  );
}
