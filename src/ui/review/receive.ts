/** What happens to a share or a hand-back once it has been read, checked and its signatures verified. */

import type { ReactNode } from "react";
import { announce, type DraftRepository, type DraftSummary, type ShareSnapshot } from "../../drafts";
import { snapshotHash } from "../../review/canonical";
import { fingerprint } from "../../review/identity";
import type { HandBackBody, ReturnBody, ReviewBody, ShareBody } from "../../review/message";
import { returnTarget } from "../../review/returned";
import { draftTitle } from "../drafts/draftLabels";

import { noticeOf } from "./ChooseDraft";

/** The clerk's choice of draft for a hand-back that does not say which one (returned.ts). */
export interface DraftChoice {
  drafts: { id: string; title: string; fits: boolean }[];
  attach: (draftId: string) => Promise<Received>;
}

export interface Received {
  /** The draft to open, or null when there is nothing to open. */
  draftId: string | null;
  tone: "info" | "warning" | "error";
  message: string;
  /** Set when the clerk has to say which draft the notes are about. */
  choose?: DraftChoice;
}

/** What the banner says; a choice of drafts is part of it. */
export interface Notice {
  tone: Received["tone"];
  message: ReactNode;
}

/**
 * Receives a checked share or hand-back, shows what happened and opens the draft it concerns. A hand-back that does
 * not say which draft first asks the clerk; her choice is received and shown the same way.
 */
export async function receiveInto(
  repo: DraftRepository,
  opened: { body: ReviewBody; signer: string },
  setNotice: (notice: Notice) => void,
  open: (draftId: string) => void,
): Promise<void> {
  const show = (received: Received) => {
    setNotice(noticeOf(received, show));
    if (received.draftId) open(received.draftId);
  };
  show(await receiveReview(repo, opened.body, opened.signer));
}

/** The reviewer's one copy of a shared draft in this browser: every later share of it updates the same copy. */
export const reviewCopyId = (sharedDraftId: string) => `copy-${sharedDraftId}`;

/**
 * A share becomes, or updates, the read-only review copy of that draft (never a local draft of the reviewer's,
 * even one with the same id); a hand-back attaches its entries to the clerk's own draft, matched by draft id.
 * Either merges as a set: opening one again adds nothing.
 */
export async function receiveReview(repo: DraftRepository, body: ReviewBody, signer: string): Promise<Received> {
  if (body.kind === "share") return receiveShare(repo, body, signer);
  return body.kind === "return" ? receiveReturn(repo, body) : receiveHandBack(repo, body);
}

async function receiveShare(repo: DraftRepository, body: ShareBody, signer: string): Promise<Received> {
  const { draftId, revision, snapshotHash, sharedAt, report } = body;
  const copyId = reviewCopyId(draftId);
  const before = await repo.review(copyId);
  if (before.owner !== null && before.owner !== signer) {
    return {
      draftId: null,
      tone: "error",
      message: `这份分享的签名（${fingerprint(signer)}）与您之前收到的同一份报告的分享（${fingerprint(before.owner)}）不是同一人，未打开，您的审阅副本没有改动。请与填报人核实后，请其从原来的浏览器重新分享。`,
    };
  }
  const copy = await repo.putReviewCopy(copyId, report, { draftId, revision, snapshotHash, sharedAt });
  if (!copy) {
    return {
      draftId: null,
      tone: "error",
      message: "本浏览器中已有同一编号但不是审阅副本的草稿，为不覆盖它，没有打开这份分享。请在草稿列表中检查后再试。",
    };
  }
  await repo.updateReview(copyId, {
    entries: body.entries,
    shares: [{ revision, snapshotHash, sharedAt, report }],
    owner: signer,
  });
  announce({ type: "review-changed", id: copyId });
  announce({ type: "saved", id: copyId, revision: copy.revision });
  const older = copy.reviewOf?.sharedAt !== sharedAt;
  return {
    draftId: copyId,
    tone: "info",
    message: older
      ? "这是一次较早的分享，您的审阅副本保持已收到的较新版本；其中的意见和回复已合并，没有重复。"
      : copy.revision === 1
        ? "已打开分享的报告：这是一份只读的审阅副本，您本地的草稿都没有改动。请在右侧“审阅意见”中写意见，写完后点击“退回意见”发回给填报人。"
        : "已更新您对这份报告的审阅副本（仍是同一份，不另建副本）：填报人的回复和处理已显示在“审阅意见”中；您上次退回意见以来的修改列在“自我上次审阅以来的修改”中。",
  };
}

async function receiveHandBack(repo: DraftRepository, body: HandBackBody): Promise<Received> {
  const opened = await repo.open(body.draftId);
  if (opened.kind !== "ok" || opened.envelope.reviewOf !== null) {
    return {
      draftId: null,
      tone: "error",
      message:
        "这些审阅意见针对的草稿不在本浏览器中（可能是在另一台电脑上分享的）。请在分享这份草稿的电脑和浏览器中打开这个链接或文件。",
    };
  }
  return attach(repo, body.draftId, body);
}

/**
 * 退回 from the 汇总: to the draft the file named when its body and year fit, else to the one draft of that body
 * and year; otherwise the clerk chooses (returned.ts). Nothing is attached before that.
 */
async function receiveReturn(repo: DraftRepository, body: ReturnBody): Promise<Received> {
  const { drafts } = await repo.list();
  const target = returnTarget(body, drafts);
  if (target.kind === "draft") return attach(repo, target.draft.id, body, target.draft);
  const who = body.reviewer || "审阅人";
  const about = `${body.organ || "（未写机关名称）"}${body.year === null ? "" : `${body.year}年度`}的报告（${body.fileName}）`;
  if (target.drafts.length === 0) {
    return {
      draftId: null,
      tone: "error",
      message: `${who}退回了对${about}的意见，但本浏览器中没有您的草稿。请在填写这份报告的电脑和浏览器中打开这个链接或文件。`,
    };
  }
  const byId = new Map(target.drafts.map((d) => [d.id, d]));
  return {
    draftId: null,
    tone: "warning",
    message:
      target.fitting > 1
        ? `${who}退回了对${about}的意见。本浏览器中有 ${target.fitting} 份这个机关和年度的草稿，请选择意见属于哪一份（选择前没有附到任何草稿）：`
        : `${who}退回了对${about}的意见，但本浏览器中找不到确定对应的草稿。请选择意见属于哪一份草稿（选择前没有附到任何草稿）：`,
    choose: {
      // Two drafts of one body and year have one title: the time each was last saved tells them apart.
      drafts: target.drafts.map((d, i) => ({
        id: d.id,
        title: `${draftTitle(d)}（${new Date(d.savedAt).toLocaleString("zh-CN", { hour12: false })}保存）`,
        fits: i < target.fitting,
      })),
      attach: (id) => attach(repo, id, body, byId.get(id)),
    },
  };
}

/**
 * The office read a file, not a share: that report is kept as the reviewed snapshot, so 自审阅版本以来的修改 lists
 * what changed since — one of this draft's 定稿 versions (same hash), else the copy the hand-back carries when its
 * hash is the one reviewed (a copy that does not hash to it is not kept: the panel then says it cannot compare).
 */
async function readVersion(repo: DraftRepository, draftId: string, body: ReturnBody): Promise<ShareSnapshot[]> {
  const hash = body.reviewedHash;
  const { submissions } = await repo.submissions(draftId);
  const frozen = submissions.find((s) => s.snapshotHash === hash);
  if (frozen) return [{ revision: 0, snapshotHash: hash, sharedAt: frozen.submittedAt, report: frozen.report }];
  if (body.report && (await snapshotHash(body.report)) === hash)
    return [{ revision: 0, snapshotHash: hash, sharedAt: body.handedBackAt, report: body.report }];
  return [];
}

/** Merges a hand-back's entries into the clerk's draft and says what is new. */
async function attach(
  repo: DraftRepository,
  draftId: string,
  body: HandBackBody | ReturnBody,
  named?: DraftSummary,
): Promise<Received> {
  const before = await repo.review(draftId);
  const after = await repo.updateReview(draftId, {
    entries: body.entries,
    reviewed: [{ hash: body.reviewedHash, at: body.handedBackAt, by: body.reviewer || undefined }],
    shares: body.kind === "return" ? await readVersion(repo, draftId, body) : [],
  });
  // The draft may be open already, here or in another tab: its review panel shows the entries without a reload.
  announce({ type: "review-changed", id: draftId });
  const who = body.reviewer || "审阅人";
  const known = new Set(before.entries.map((e) => e.id));
  const added = after.entries.filter((e) => !known.has(e.id));
  const count = (kinds: readonly string[]) => added.filter((e) => kinds.includes(e.body.kind)).length;
  const parts = [
    [count(["comment"]), "条意见"],
    [count(["reply"]), "条回复"],
    [added.length - count(["comment", "reply"]), "项其他处理（解决、修改、删除、检查结果的处理）"],
  ].flatMap(([n, what]) => (n ? [`${n} ${what}`] : []));
  const into = named ? `（已附到草稿“${draftTitle(named)}”）` : "";
  return {
    draftId,
    tone: "info",
    message:
      added.length === 0
        ? `${who}的这份审阅意见此前已经打开过，没有新的内容；意见、回复和解决状态都保持原样。${into}`
        : `已收到${who}的审阅意见${into}：新增 ${parts.join("、")}，显示在右侧“审阅意见”中，并在对应位置标出；自审阅版本以来的修改也列在那里。`,
  };
}
