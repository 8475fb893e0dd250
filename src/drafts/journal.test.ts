import { describe, expect, it } from "vitest";
import { blankReport, setAt } from "../report";
import { recoverJournal } from "./journal";

describe("recoverJournal", () => {
  const stored = blankReport();
  const edited = setAt(blankReport(), "s6.body", "关闭前输入的");

  it("does nothing without an entry", () => {
    expect(recoverJournal(null, 3, stored)).toBe("none");
  });
  it("discards edits that reached storage after all", () => {
    expect(recoverJournal({ revision: 2, report: edited }, 3, edited)).toBe("discard");
  });
  it("resumes edits made on the revision that is stored", () => {
    expect(recoverJournal({ revision: 3, report: edited }, 3, stored)).toBe("resume");
  });
  it("keeps edits made on an older revision apart, as they may clash with what was saved since", () => {
    expect(recoverJournal({ revision: 2, report: edited }, 3, stored)).toBe("separate");
  });
});
