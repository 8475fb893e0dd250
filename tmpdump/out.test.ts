import { readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { pdfText } from "../src/formats/pdfText";
it("dump", async () => {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  for (const f of ["libreoffice-2022", "chromium-2022"]) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(`src/formats/__fixtures__/${f}.pdf`)) }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const c = await (await doc.getPage(n)).getTextContent();
      pages.push(c.items.flatMap((i: any) => ("str" in i ? [{ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.abs(i.transform[3]) || 10 }] : [])));
    }
    writeFileSync(`/tmp/${f}.txt`, pdfText(pages));
  }
});
