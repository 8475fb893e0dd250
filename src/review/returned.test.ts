import { describe, expect, it } from "vitest";
import { type DraftChoice, returnTarget } from "./returned";

const draft = (id: string, organ: string, year: number | null, more: Partial<DraftChoice> = {}): DraftChoice => ({
  id,
  organ,
  year,
  reviewCopy: false,
  deletedAt: null,
  newerVersion: null,
  ...more,
});

const HONGSHAN = { organ: "西工区红山街道办事处", year: 2023 };

describe("which draft a hand-back from the 汇总 attaches to", () => {
  it("the draft the file names, when its body and year fit", () => {
    const drafts = [draft("a", "西工区红山街道办事处", 2023), draft("b", "西工区红山街道办事处", 2023)];
    expect(returnTarget({ ...HONGSHAN, draftId: "b" }, drafts)).toEqual({ kind: "draft", draft: drafts[1] });
  });

  it("without an id, the one draft of that body and year (names compared without spaces or full-width forms)", () => {
    const drafts = [draft("a", "西工区 红山街道办事处", 2023), draft("b", "西工区红山街道办事处", 2022)];
    expect(returnTarget({ ...HONGSHAN, draftId: null }, drafts)).toEqual({ kind: "draft", draft: drafts[0] });
  });

  it("asks when two drafts fit, those that fit listed first", () => {
    const drafts = [
      draft("x", "洛龙区档案馆", 2023),
      draft("a", HONGSHAN.organ, 2023),
      draft("b", HONGSHAN.organ, 2023),
    ];
    expect(returnTarget({ ...HONGSHAN, draftId: null }, drafts)).toEqual({
      kind: "choose",
      drafts: [drafts[1], drafts[2], drafts[0]],
      fitting: 2,
    });
  });

  it("asks when the named draft is of another body or year: the id alone is not enough", () => {
    const drafts = [draft("a", "洛龙区档案馆", 2023), draft("b", HONGSHAN.organ, 2023)];
    const target = returnTarget({ ...HONGSHAN, draftId: "a" }, drafts);
    expect(target).toEqual({ kind: "choose", drafts: [drafts[1], drafts[0]], fitting: 1 });
  });

  it("asks, offering every own draft, when none fits; never a review copy, a deleted or a newer-version draft", () => {
    const drafts = [
      draft("copy", HONGSHAN.organ, 2023, { reviewCopy: true }),
      draft("gone", HONGSHAN.organ, 2023, { deletedAt: "2024-01-01T00:00:00.000Z" }),
      draft("newer", HONGSHAN.organ, 2023, { newerVersion: 9 }),
      draft("blank", "", null),
    ];
    expect(returnTarget({ ...HONGSHAN, draftId: "copy" }, drafts)).toEqual({
      kind: "choose",
      drafts: [drafts[3]],
      fitting: 0,
    });
  });
});
