/**
 * Issue #19's Done-when: 30 units, their files generated here from the fixture report and dropped in at once; the
 * status table shows each state, the sums equal a computation made here, and a returned unit's clerk, in her own
 * browser, receives the office's notes in place with the verdict 退回修改.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { runChecks } from "../src/checks";
import { toJson, toMarkdown } from "../src/formats";
import { getAt, type Report, setAt } from "../src/report";
import { identityOf, newKeyPair } from "../src/review/identity";
import { LINK_MAX_LENGTH } from "../src/review/link";
import { makeSubmission, needsReason, reasonKey, submissionFileText } from "../src/review/submission";
import { INPUT_CELLS } from "../src/template";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { reviewPanel } from "./review-helpers";
import { expect, test } from "./test";
import { toolbarButton } from "./toolbar";

test.setTimeout(90_000);

const PLACES = [
  "红山",
  "邙山",
  "道南",
  "王城",
  "凯旋",
  "汉屯",
  "金谷园",
  "唐宫",
  "洛北",
  "东关",
  "西关",
  "南关",
  "北关",
  "启明",
  "瀍西",
  "白马",
  "李楼",
  "杨文",
  "安乐",
  "关林",
  "辛店",
  "龙门",
  "古城",
  "开元",
  "太康",
  "牡丹",
  "洛浦",
  "九都",
  "春都",
  "华山",
];
const UNITS = PLACES.map((p) => `西工区${p}街道办事处`);
const [CLERK, ORIGINAL, COPY] = UNITS;
const UNBALANCED = UNITS.slice(3, 6);
const SUBMITTED = UNITS.slice(6, 9);
const TAMPERED = UNITS[9];
const MARKDOWN = UNITS.slice(10, 15);
const MISSING = UNITS[29];

/** Text of its own for each unit (so only the copy is alike): characters drawn by a seeded generator. */
const POOL = "政务公开信息工作推进制度平台建设管理服务群众办理申请主动依法规范标准基层决策执行结果数据发布解读回应";
function ownText(seed: number, length: number): string {
  let state = seed * 7919 + 17;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 48271) % 2147483647;
    text += i % 23 === 22 ? "。" : POOL[state % POOL.length];
  }
  return text;
}

const BASE = hongshan2023();
const S1_KEYS = Object.keys(BASE.s1) as (keyof Report["s1"])[];

/** Unit i's report: its name, its own 一 and 五, every count times (i % 4 + 1) (a table that balances still does). */
function unitReport(i: number): Report {
  let report: Report = { ...structuredClone(BASE), meta: { ...BASE.meta, organ: UNITS[i] } };
  for (const [n, key] of S1_KEYS.entries()) report = setAt(report, `s1.${key}.body`, ownText(i * 10 + n, 120));
  report = setAt(report, "s5.problems.body", ownText(i * 10 + 8, 150));
  report = setAt(report, "s5.improvements.body", ownText(i * 10 + 9, 150));
  for (const cell of INPUT_CELLS) {
    const value = getAt(report, cell.path);
    if (cell.kind === "count" && typeof value === "number") report = setAt(report, cell.path, value * ((i % 4) + 1));
  }
  // Five more requests received than handled: 表三 does not balance.
  if (UNBALANCED.includes(UNITS[i]))
    report = setAt(report, "t3.received.natural", Number(getAt(report, "t3.received.natural")) + 5);
  return report;
}

const reports = UNITS.map((_, i) => unitReport(i));
const index = (unit: string) => UNITS.indexOf(unit);
// The copy: 邙山 sends 红山's neighbour 道南's 一 and 五 as its own.
for (const path of [...S1_KEYS.map((k) => `s1.${k}.body`), "s5.problems.body", "s5.improvements.body"]) {
  reports[index(COPY)] = setAt(reports[index(COPY)], path, getAt(reports[index(ORIGINAL)], path));
}

async function submissionFile(report: Report): Promise<string> {
  const identity = await identityOf(await newKeyPair());
  const findings = runChecks(report, {});
  const made = await makeSubmission({
    report,
    findings,
    reasons: new Map(needsReason(findings).map((f) => [reasonKey(f), "按实际情况上报"])),
    identity,
    name: report.meta.organ,
    version: 1,
    now: new Date("2024-01-15T08:00:00.000Z"),
  });
  if (!made.ok) throw new Error(made.message);
  return submissionFileText(made.submission);
}

const statusRows = (page: Page) => page.getByRole("table", { name: "各单位报送情况" }).locator("tbody tr");
const unitRow = (page: Page, unit: string) =>
  statusRows(page).filter({ has: page.getByRole("rowheader", { name: unit, exact: true }) });
const column = (page: Page, unit: string, id: string) => unitRow(page, unit).locator(`[data-column="${id}"]`);

/** The clerk of 红山, in her own browser: her report imported into a draft, exported as JSON (with the draft's id). */
async function clerkExport(clerk: Page): Promise<string> {
  await clerk.goto("/");
  await clerk.getByRole("button", { name: "导入", exact: true }).click();
  await clerk.getByLabel(/选择文件/).setInputFiles({
    name: "红山.json",
    mimeType: "application/json",
    buffer: Buffer.from(toJson(reports[index(CLERK)])),
  });
  await clerk.getByRole("dialog", { name: "导入报告" }).getByRole("button", { name: "打开导入的报告" }).click();
  await expect(clerk.locator('input[name="meta.organ"]')).toHaveValue(CLERK);
  const download = clerk.waitForEvent("download");
  await (await toolbarButton(clerk, "导出 JSON")).click();
  const notice = clerk.getByRole("alertdialog");
  if (await notice.isVisible()) await notice.getByRole("button", { name: "仍然导出" }).click();
  return readFileSync(await (await download).path(), "utf8");
}

test("汇总 of 30 units dropped at once: each state shown, sums as computed here, a returned unit's clerk gets the notes", async ({
  page,
  browser,
}) => {
  const clerk = await (await browser.newContext()).newPage();
  const clerkJson = await clerkExport(clerk);
  expect(JSON.parse(clerkJson).draftId).toBe(new URL(clerk.url()).searchParams.get("draft"));

  const files: { name: string; text: string }[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const report = reports[i];
    if (unit === MISSING) continue;
    if (unit === CLERK) files.push({ name: `${PLACES[i]}.json`, text: clerkJson });
    else if (MARKDOWN.includes(unit)) files.push({ name: `${PLACES[i]}2023年报.md`, text: toMarkdown(report) });
    else if (SUBMITTED.includes(unit))
      files.push({ name: `${PLACES[i]}定稿.json`, text: await submissionFile(report) });
    else if (unit === TAMPERED) {
      // Edited after 定稿: one figure changed in the file, so its hash no longer holds; it still counts, as it reads.
      const file = JSON.parse(await submissionFile(report));
      file.report.t2.licensing.decisions += 1;
      reports[i] = setAt(report, "t2.licensing.decisions", file.report.t2.licensing.decisions);
      files.push({ name: `${PLACES[i]}定稿.json`, text: JSON.stringify(file, null, 2) });
    } else files.push({ name: `${PLACES[i]}2023年度报告.json`, text: toJson(report) });
  }
  expect(files).toHaveLength(29);

  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, UNITS.join("\n"));
  await expect(statusRows(page)).toHaveCount(30);
  await dropFiles(page, files);

  // Who has not filed, who does not balance, whose 定稿 holds, who copied.
  await expect(page.getByText(`未报送（1个）：${MISSING}`)).toBeVisible();
  await expect(column(page, MISSING, "state")).toHaveText("未报送");
  for (const unit of UNBALANCED) await expect(column(page, unit, "balance")).toHaveText("自然人列相差5；总计列相差5");
  const balanced = UNITS.filter((u) => u !== MISSING && !UNBALANCED.includes(u));
  expect(
    await page
      .locator('[data-column="balance"]')
      .evaluateAll((cells) => cells.filter((c) => c.textContent === "平衡").length),
  ).toBe(balanced.length);
  for (const unit of SUBMITTED)
    await expect(column(page, unit, "submitted").locator('[data-hash="verified"]')).toContainText("哈希已核验");
  await expect(column(page, TAMPERED, "submitted")).toContainText("哈希不符");
  await expect(
    page.getByRole("alert").filter({ hasText: `${TAMPERED}：定稿文件的内容与定稿时记录的校验值或签名不符` }),
  ).toBeVisible();
  await expect(column(page, MARKDOWN[0], "submitted")).toHaveText("未定稿（不是定稿文件）");
  await expect(column(page, COPY, "closest")).toHaveText(`100%（${ORIGINAL}）`);
  await expect(column(page, ORIGINAL, "closest")).toHaveText(`100%（${COPY}）`);
  const scores = await page
    .locator('[data-column="closest"]')
    .evaluateAll((cells) => cells.map((c) => Number.parseInt(c.textContent ?? "", 10)).filter((n) => !Number.isNaN(n)));
  expect(scores.filter((s) => s >= 30)).toHaveLength(2);

  // The sums, cell by cell, against the 29 reports as built here (not the app's sums).
  await expect(page.getByRole("heading", { name: "各单位合计（29个单位）" })).toBeVisible();
  const shown = new Map(
    await page
      .locator("table.collect-sum-table td[data-path]")
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute("data-path") ?? "", c.textContent ?? ""] as const)),
  );
  const filed = reports.filter((_, i) => UNITS[i] !== MISSING);
  const counts = INPUT_CELLS.filter((c) => c.kind === "count");
  for (const cell of counts) {
    const expected = filed.reduce((n, r) => n + Number(getAt(r, cell.path)), 0);
    expect(shown.get(cell.path), cell.path).toBe(String(expected));
  }
  expect(counts.length).toBeGreaterThan(100);

  // The office returns 红山 with a note on a cell; the verdict is 退回修改.
  await page.getByRole("button", { name: CLERK, exact: true }).click();
  await expect(page.getByText(`只读：${PLACES[0]}.json`)).toBeVisible();
  // The panel is open from the start, as on a reviewer's copy.
  await expect(page.getByRole("button", { name: "审阅意见", exact: true })).toHaveAttribute("aria-expanded", "true");
  const office = reviewPanel(page);
  await office.giveName("区政务公开办");
  await office.comment("t3.received.natural", "本年新收申请数与上报的台账不一致，请核实后重新报送");
  await page.getByRole("button", { name: "退回意见" }).click();
  const dialog = page.getByRole("dialog", { name: `退回${CLERK}的报告` });
  await expect(dialog).toContainText("审阅结论：退回修改");
  const link = await dialog.getByRole("textbox", { name: /^链接/ }).inputValue();
  // It carries the report as the office read it (the clerk's browser keeps no copy of an export): well within what
  // a link may hold.
  expect(link.length).toBeLessThan(LINK_MAX_LENGTH / 2);
  await dialog.getByRole("button", { name: "关闭" }).click();
  await page.getByRole("button", { name: "返回汇总" }).click();
  await expect(column(page, CLERK, "review")).toHaveText("已退回");

  // The clerk opens the link: the note is in her draft, in place, with 退回修改.
  await clerk.goto(link);
  await expect(
    clerk.getByText(`已收到区政务公开办的审阅意见（已附到草稿“${CLERK} 2023年”）：新增 1 条意见`, { exact: false }),
  ).toBeVisible();
  const panel = clerk.getByRole("complementary", { name: "审阅意见" });
  await expect(panel.getByRole("heading", { name: "审阅状态：退回修改" })).toBeVisible();
  await expect(panel.getByRole("list").first()).toContainText("本年新收申请数与上报的台账不一致");
  await expect(clerk.locator('[name="t3.received.natural"][data-review-comments]')).toHaveCount(1);
  // What she changes after is listed against the report the office read from her JSON file.
  const changes = panel.getByRole("region", { name: "自审阅版本以来的修改" });
  await expect(changes).toContainText("还没有修改");
  const before = String(getAt(reports[index(CLERK)], "t3.received.natural"));
  const cell = clerk.locator('input[name="t3.received.natural"]');
  await cell.fill("");
  await cell.pressSequentially("77");
  await cell.press("Enter");
  await expect(changes.locator('[data-path="t3.received.natural"]')).toContainText(`${before} → 77`);
  await clerk.context().close();
});
