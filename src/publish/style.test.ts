import { describe, expect, it } from "vitest";
import { hongshan2023 } from "../testing/hongshan2023";
import { largeFigures } from "../testing/largeFigures";
import { publishTable } from "./model";
import { COLUMN_WIDTHS, emWidth, TABLE_FONT_PT, TEXT_WIDTH_PT, tableFit } from "./style";

const TABLES = ["t2", "t3", "t4"] as const;

describe("tableFit", () => {
  it.each(TABLES)("keeps the usual widths and type of %s for short figures", (key) => {
    const fit = tableFit(publishTable(hongshan2023(), key));
    expect(fit.fontPt).toBe(TABLE_FONT_PT[key]);
    fit.widths.forEach((w, i) => {
      expect(w).toBeCloseTo(COLUMN_WIDTHS[key][i], 6);
    });
  });

  it.each(TABLES.flatMap((key) => ([5, 7] as const).map((digits) => [key, digits] as const)))(
    "gives every figure of %s with %i-digit figures room for one line",
    (key, digits) => {
      const table = publishTable(largeFigures(digits), key);
      const fit = tableFit(table);
      expect(fit.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
      // Column of each single-column figure: the body rows of 三 and 四 end with their figures, 二's figures span.
      for (const row of table.body) {
        const figures = row.filter((c) => c.kind === "number" && c.colspan === 1);
        const widths = fit.widths.slice(fit.widths.length - figures.length);
        figures.forEach((cell, i) => {
          const room = (widths[i] / 100) * TEXT_WIDTH_PT;
          expect(cell.text.length * 0.56 * fit.fontPt + 7).toBeLessThanOrEqual(room + 1e-9);
        });
      }
    },
  );

  it("shrinks type only as far as needed, never below 7 pt, and leaves label columns most of their width", () => {
    const fit = tableFit(publishTable(largeFigures(7), "t3"));
    expect(fit.fontPt).toBeLessThan(TABLE_FONT_PT.t3);
    expect(fit.fontPt).toBeGreaterThanOrEqual(7);
    fit.widths.slice(0, 3).forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(COLUMN_WIDTHS.t3[i] * 0.6 - 1e-9);
    });
  });
});

describe("emWidth", () => {
  it("counts Chinese characters as one and figures as half", () => {
    expect(emWidth("2023年")).toBe(3);
  });
});
