import { describe, expect, it } from "vitest";
import { paginate } from "./paginate";

const none = () => 0;

describe("paginate", () => {
  it("keeps a document shorter than a page on one page", () => {
    expect(paginate([{ y: 10 }], 50, 100, none)).toEqual([{ top: 0, bottom: 50, table: undefined }]);
  });

  it("ends each page at the last break that fits, never beyond the page", () => {
    const pages = paginate([{ y: 30 }, { y: 60 }, { y: 90 }, { y: 120 }, { y: 150 }], 170, 100, none);
    expect(pages.map((p) => [p.top, p.bottom])).toEqual([
      [0, 90],
      [90, 170],
    ]);
  });

  it("repeats a table's heading rows on the page that continues it, and gives them room", () => {
    const pages = paginate(
      [
        { y: 80, table: 1 },
        { y: 95, table: 1 },
        { y: 150, table: 1 },
      ],
      200,
      100,
      () => 30,
    );
    expect(pages).toEqual([
      { top: 0, bottom: 95, table: undefined },
      { top: 95, bottom: 150, table: 1 },
      { top: 150, bottom: 200, table: 1 },
    ]);
  });

  it("cuts a block taller than a page at the page's foot rather than losing it", () => {
    expect(paginate([], 250, 100, none).map((p) => [p.top, p.bottom])).toEqual([
      [0, 100],
      [100, 200],
      [200, 250],
    ]);
  });
});
