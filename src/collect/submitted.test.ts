import { beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { toJson } from "../formats";
import { setAt } from "../report";
import { identityOf, newKeyPair } from "../review/identity";
import { makeSubmission, submissionFileText, TAMPERED } from "../review/submission";
import { hongshan2023 } from "../testing/hongshan2023";
import { evaluate, type PreRead } from "./evaluate";
import { asyncReader } from "./fileKind";
import { parseRoster } from "./roster";
import { statusRows } from "./status";
import { readSubmitted } from "./submitted";

let fileText = "";
beforeAll(async () => {
  const report = hongshan2023();
  const identity = await identityOf(await newKeyPair());
  const result = await makeSubmission({
    report,
    findings: runChecks(report, {}),
    reasons: new Map(),
    identity,
    name: report.meta.organ,
    version: 2,
    now: new Date("2024-01-25T02:30:00.000Z"),
  });
  if (!result.ok) throw new Error(result.message);
  fileText = submissionFileText(result.submission);
});

const bytes = (text: string) => new TextEncoder().encode(text);
const roster = parseRoster("西工区红山街道办事处\n西工区教育局");

async function rowsFor(text: string) {
  const file = { id: "f1", fileName: "红山定稿.json", receivedAt: "2024-02-01T08:00:00.000Z", assignedUnit: null };
  const content = bytes(text);
  expect(asyncReader(file.fileName, content)).toBe("submission");
  const preRead: PreRead = new Map([[file.id, await readSubmitted(content)]]);
  const evaluation = evaluate({ year: 2023, roster }, [{ ...file, bytes: content }], preRead);
  return { evaluation, rows: statusRows(evaluation, { alike: [], closest: new Map() }) };
}

describe("定稿 files in a collection", () => {
  it("count for their unit with the 定稿 time, version and 哈希已核验", async () => {
    const { rows } = await rowsFor(fileText);
    expect(rows[0]).toMatchObject({
      unit: "西工区红山街道办事处",
      received: true,
      submitted: {
        submittedAt: "2024-01-25T02:30:00.000Z",
        version: 2,
        verified: true,
        problem: null,
        signer: expect.stringMatching(/^西工区红山街道办事处（[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}）$/),
        reasons: [],
      },
    });
    expect(rows[1].submitted).toBeNull();
  });

  it("say 哈希不符, with what to do, when the report was changed after 定稿", async () => {
    const file = JSON.parse(fileText);
    file.report = setAt(file.report, "t3.granted.natural", 999);
    const { rows } = await rowsFor(JSON.stringify(file, null, 2));
    expect(rows[0].submitted).toMatchObject({ verified: false, problem: TAMPERED });
  });

  it("set a damaged file aside with the reason", async () => {
    const { evaluation } = await rowsFor(fileText.slice(0, 500));
    expect(evaluation.setAside[0].reason).toMatch(/^无法读取：定稿文件已损坏/);
  });

  it("are not taken for other JSON files", () => {
    expect(asyncReader("a.json", bytes(toJson(hongshan2023())))).toBeNull();
  });
});
