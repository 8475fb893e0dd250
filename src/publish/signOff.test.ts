import { describe, expect, it } from "vitest";
import { signOffLayout } from "./signOff";
import { emWidth, PAGE } from "./style";

describe("signOffLayout", () => {
  it("puts the name 右空二字 and the date two characters right of the name's first character", () => {
    const [name, date] = signOffLayout(["西工区红山街道办事处", "2024年1月15日"]);
    expect(name.indent + emWidth(name.text)).toBe(PAGE.chars - 2);
    expect(date.indent).toBe(name.indent + 2);
  });

  it("centres a short name over a longer date that stands 右空四字", () => {
    const [name, date] = signOffLayout(["某局", "2024年12月15日"]);
    expect(date.indent + emWidth(date.text)).toBe(PAGE.chars - 4);
    expect(name.indent + emWidth(name.text) / 2).toBe(date.indent + emWidth(date.text) / 2);
  });

  it("sets lines without a date 右空二字", () => {
    expect(signOffLayout(["某局办公室"])).toEqual([{ text: "某局办公室", indent: PAGE.chars - 2 - 5 }]);
  });
});
