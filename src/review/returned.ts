/**
 * Which of the clerk's drafts a 汇总 hand-back (`return`) is about. The file the office received may name the draft
 * (JSON export, 定稿 file) or not (Word, PDF, Markdown, older files); the draft's id is only a hint, so the body's
 * name and the year must fit too. Never a guess: when not exactly one draft fits, the clerk chooses.
 */
import { normaliseName } from "../collect/names";
import type { ReturnBody } from "./message";

/** What the choice needs to know of a draft (the draft list's summary has it). */
export interface DraftChoice {
  id: string;
  organ: string;
  year: number | null;
  /** A reviewer's copy of someone else's draft: never a target. */
  reviewCopy: boolean;
  deletedAt: string | null;
  newerVersion: number | null;
}

export type ReturnTarget<D extends DraftChoice> =
  | { kind: "draft"; draft: D }
  /** Not exactly one fits: the clerk chooses among these (those that fit first), or there is none at all. */
  | { kind: "choose"; drafts: D[]; fitting: number };

const fits = (body: Pick<ReturnBody, "organ" | "year">) => (d: DraftChoice) =>
  normaliseName(d.organ) !== "" &&
  normaliseName(d.organ) === normaliseName(body.organ) &&
  (body.year === null || d.year === body.year);

export function returnTarget<D extends DraftChoice>(
  body: Pick<ReturnBody, "draftId" | "organ" | "year">,
  drafts: readonly D[],
): ReturnTarget<D> {
  const own = drafts.filter((d) => !d.reviewCopy && d.deletedAt === null && d.newerVersion === null);
  const fitting = own.filter(fits(body));
  const named = own.find((d) => d.id === body.draftId);
  if (named && fitting.includes(named)) return { kind: "draft", draft: named };
  // A draft the file names whose body or year differ is not taken on the id's word alone.
  if (!named && fitting.length === 1) return { kind: "draft", draft: fitting[0] };
  const rest = own.filter((d) => !fitting.includes(d));
  return { kind: "choose", drafts: [...fitting, ...rest], fitting: fitting.length };
}
