import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import type { DraftEnvelope } from "../src/drafts/envelope";
import { CURRENT_VERSION } from "../src/drafts/migrations";
import { toJson } from "../src/formats";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { dropFiles, saveRoster } from "./collect-helpers";
import {
  DB,
  downloadedText,
  fixture,
  getRecord,
  onOrigin,
  putRecords,
  saveStatus,
  storedDraft,
} from "./drafts-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 150_000 });

/** A stored draft of `organ` and `year`, built from the frozen fixture of the current version. */
function draft(id: string, organ: string, year: number, savedAt: string): DraftEnvelope {
  const current = JSON.parse(fixture(`v${CURRENT_VERSION}.json`)) as DraftEnvelope;
  return {
    ...current,
    id,
    savedAt,
    baseline: null,
    importNotes: null,
    name: null,
    report: { ...current.report, meta: { ...current.report.meta, organ, year } },
  };
}

async function seed(page: Page, drafts: DraftEnvelope[]) {
  await onOrigin(page);
  await putRecords(page, Object.fromEntries(drafts.map((d) => [`d/${d.id}`, JSON.stringify(d)])));
  await page.goto("/");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(drafts.length, { timeout: 20_000 });
}

const row = (page: Page, id: string) => page.locator(`tr[data-draft-id="${id}"]`);

test("the draft list: create, duplicate, delete to the trash and restore, filter by year and body", async ({
  page,
}) => {
  await seed(page, [
    draft("a", "红山街道办事处", 2023, "2024-01-10T00:00:00.000Z"),
    draft("b", "红山街道办事处", 2024, "2025-01-10T00:00:00.000Z"),
    draft("c", "东区人民政府", 2024, "2025-01-05T00:00:00.000Z"),
  ]);
  await expect(row(page, "b")).toContainText("2024");
  await expect(row(page, "b")).toContainText("错误 0");
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-draft-id", "b");

  await page.getByRole("combobox", { name: "按年度筛选" }).selectOption("2024");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(2);
  await page.getByRole("combobox", { name: "按机关筛选" }).selectOption("东区人民政府");
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
  await page.getByRole("combobox", { name: "按年度筛选" }).selectOption("");
  await page.getByRole("combobox", { name: "按机关筛选" }).selectOption("");

  await row(page, "a").getByRole("button", { name: "复制：红山街道办事处 2023年" }).click();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(4);

  await row(page, "c").getByRole("button", { name: /^删除/ }).click();
  await expect(page.getByText("已把“东区人民政府 2024年”移到回收站，30 天内可恢复")).toBeVisible();
  await expect(row(page, "c")).toHaveCount(0);
  await page.getByRole("button", { name: "回收站（1）" }).click();
  await expect(row(page, "c")).toContainText("30 天后");
  await row(page, "c").getByRole("button", { name: /^恢复/ }).click();
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(row(page, "c")).toBeVisible();

  await page.getByRole("button", { name: "新建报告" }).click();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("");
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(5);
});

test("a copy is named （副本） and never looks like its original; drafts can be renamed and given back their default name", async ({
  page,
}) => {
  await seed(page, [draft("a", "红山街道办事处", 2023, "2024-01-10T00:00:00.000Z")]);
  await row(page, "a").getByRole("button", { name: "复制：红山街道办事处 2023年" }).click();
  await expect(page.getByText("新草稿“红山街道办事处 2023年（副本）”在列表最上方")).toBeVisible();
  const copy = page.locator("tbody tr").first();
  await expect(copy).not.toHaveAttribute("data-draft-id", "a");
  await expect(copy.getByRole("button", { name: "打开：红山街道办事处 2023年（副本）" })).toBeVisible();
  await expect(copy.locator(".draft-organ")).toHaveText("红山街道办事处");
  await expect(row(page, "a").getByRole("button", { name: "打开：红山街道办事处 2023年" })).toBeVisible();

  await copy.getByRole("button", { name: /^重命名/ }).click();
  const field = page.getByRole("textbox", { name: /^草稿名称/ });
  await expect(field).toBeFocused();
  await field.fill("红山 2023 送审稿");
  await field.press("Enter");
  await expect(page.getByText("已改名为“红山 2023 送审稿”。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "打开：红山 2023 送审稿" })).toBeVisible();

  await page.getByRole("button", { name: "重命名：红山 2023 送审稿" }).click();
  await page.getByRole("textbox", { name: /^草稿名称/ }).press("Escape");
  await expect(page.getByRole("button", { name: "打开：红山 2023 送审稿" })).toBeVisible();
  await page.getByRole("button", { name: "重命名：红山 2023 送审稿" }).click();
  await page.getByRole("textbox", { name: /^草稿名称/ }).fill("");
  await page.getByRole("button", { name: "保存名称" }).click();
  await expect(page.getByText("已改名为“红山街道办事处 2023年”。")).toBeVisible();
  await expect(page.getByRole("button", { name: "打开：红山街道办事处 2023年" })).toHaveCount(2);
});

test("the list sorts by any column: newest save first, then by year, body or findings, both ways", async ({ page }) => {
  await seed(page, [
    draft("a", "红山街道办事处", 2023, "2024-01-10T00:00:00.000Z"),
    draft("b", "东区人民政府", 2024, "2025-01-05T00:00:00.000Z"),
    draft("c", "西区教育局", 2022, "2023-01-05T00:00:00.000Z"),
  ]);
  const ids = () => page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-draft-id")));
  const heading = (name: string) => page.getByRole("columnheader", { name: new RegExp(`^${name}`) });
  await expect(heading("最后保存")).toHaveAttribute("aria-sort", "descending");
  expect(await ids()).toEqual(["b", "a", "c"]);

  await heading("年度").getByRole("button").click();
  await expect(heading("年度")).toHaveAttribute("aria-sort", /ascending|descending/);
  const byYear = await ids();
  expect([
    ["c", "a", "b"],
    ["b", "a", "c"],
  ]).toContainEqual(byYear);
  await heading("年度").getByRole("button").click();
  expect(await ids()).toEqual([...byYear].reverse());
  await expect(heading("最后保存")).not.toHaveAttribute("aria-sort", /./);
});

test("下一年度: carries 四 into next year's 二 column by column and keeps the body, headings and a baseline", async ({
  page,
}) => {
  const last = draft("last", "西工区红山街道办事处", 2023, "2024-01-10T00:00:00.000Z");
  last.report.t3.carriedForward = { ...(last.report.t3.carriedForward as object), natural: 3, commercial: 1 };
  last.report.s1.proactive = { heading: "主动公开政府信息情况", body: "去年的正文" };
  await seed(page, [last]);
  await row(page, "last")
    .getByRole("button", { name: /^下一年度/ })
    .click();

  await expect(page.locator('input[name="meta.year"]')).toHaveValue("2024", { timeout: 20_000 });
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区红山街道办事处");
  await expect(page.locator('input[name="t3.carriedOver.natural"]')).toHaveValue("3");
  await expect(page.locator('input[name="t3.carriedOver.commercial"]')).toHaveValue("1");
  await expect(page.locator('input[name="t3.carriedOver.research"]')).toHaveValue("0");
  await expect(page.locator('input[name="t3.carriedForward.natural"]')).toHaveValue("");
  await expect(page.locator('input[name="s1.proactive.heading"]')).toHaveValue("主动公开政府信息情况");
  await expect(page.locator('textarea[name="s1.proactive.body"]')).toHaveValue("");
  const told = page.getByText(/^本报告由“西工区红山街道办事处 2023年”用“下一年度”生成/);
  await expect(told).toContainText("报告年度为 2024 年");
  await expect(told).toContainText("已填入本年“二、上年结转政府信息公开申请数量”：自然人 3、商业企业 1、");
  await page.getByRole("button", { name: "知道了" }).click();
  await expect(told).toHaveCount(0);

  const id = new URL(page.url()).searchParams.get("draft") ?? "";
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  await row(page, "last").getByRole("button", { name: /^删除/ }).click();
  await expect(row(page, "last")).toHaveCount(0);
  const next = await storedDraft(page, id);
  expect(next?.baseline?.sourceId).toBe("last");
  expect(next?.baseline?.report.meta.year).toBe(2023);
  expect(next?.baseline?.report.t3.carriedForward).toMatchObject({ natural: 3, commercial: 1 });
});

test("R14: a backup of all drafts restores on a fresh browser exactly as it was, with its 汇总 files and 定稿 versions", async ({
  page,
  browser,
}) => {
  await seed(page, [
    draft("a", "红山街道办事处", 2023, "2024-01-10T00:00:00.000Z"),
    draft("b", "东区人民政府", 2024, "2025-01-05T00:00:00.000Z"),
  ]);
  // Draft a's 定稿 record: the frozen, signed record of one version (fixtures/submissions-v1.json).
  await putRecords(page, { "sub/a": JSON.parse(fixture("submissions-v1.json")) });
  await page.getByRole("button", { name: "汇总各单位报告" }).click();
  await page.getByLabel("汇总名称").fill("西工区2023年度汇总");
  await page.getByLabel("报告年度").fill("2023");
  await page.getByRole("button", { name: "新建汇总" }).click();
  await saveRoster(page, "西工区红山街道办事处\n西工区档案馆");
  // A PDF's bytes are not text: every byte value must come back.
  const pdf = Buffer.from([...Buffer.from("%PDF-1.4\n"), ...Array.from({ length: 256 }, (_, i) => i)]);
  await dropFiles(page, [
    { name: "红山.json", text: toJson(hongshan2023()) },
    { name: "扫描件.pdf", base64: pdf.toString("base64") },
  ]);
  const setAside = page.getByRole("table", { name: "未计入的文件" });
  await expect(setAside.getByRole("row", { name: /扫描件\.pdf/ })).toBeVisible();
  await page.getByRole("button", { name: "返回汇总列表" }).first().click();
  await page.getByRole("button", { name: "返回草稿列表" }).click();
  const text = await downloadedText(page, () => page.getByRole("button", { name: "备份全部草稿" }).click());
  await expect(page.getByText("已下载备份文件（2 份草稿、1 个汇总（共 2 个文件）、1 份草稿的定稿记录）")).toBeVisible();
  const before = { a: await getRecord(page, "d/a"), b: await getRecord(page, "d/b") };

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/");
  await other.getByRole("button", { name: "返回草稿列表" }).click({ timeout: 20_000 });
  await other
    .getByLabel("从备份恢复")
    .setInputFiles({ name: "备份.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(
    other.getByText("恢复完成：新增 2 份，恢复 1 个汇总（共 2 个文件），1 份草稿的定稿记录（共 1 个定稿版本）。"),
  ).toBeVisible();
  await expect(other.locator("tr[data-draft-id]")).toHaveCount(3);
  expect(JSON.parse(String(await getRecord(other, "d/a")))).toEqual(JSON.parse(String(before.a)));
  expect(JSON.parse(String(await getRecord(other, "d/b")))).toEqual(JSON.parse(String(before.b)));

  // Restoring the same file again adds nothing.
  await other
    .getByLabel("从备份恢复")
    .setInputFiles({ name: "备份.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(other.getByText("2 个文件本机已有，未重复添加，1 个定稿版本本机已有，未重复添加")).toBeVisible();

  // The 定稿 version is back with the draft.
  await row(other, "a").getByRole("button", { name: /^打开/ }).click();
  await other.getByRole("button", { name: /定稿/ }).first().click();
  const versions = other.getByRole("dialog", { name: "定稿" }).getByRole("region", { name: "定稿版本" });
  await expect(versions.getByRole("listitem")).toHaveCount(1);
  await expect(versions.getByRole("listitem")).toContainText("第 1 版");
  await other.getByRole("dialog", { name: "定稿" }).getByRole("button", { name: "关闭" }).click();
  await other.getByRole("button", { name: "返回草稿列表" }).click();

  // The 汇总 is back with its roster and both files, the PDF byte for byte.
  await other.getByRole("button", { name: "汇总各单位报告" }).click();
  await other.getByRole("button", { name: "打开“西工区2023年度汇总”" }).click();
  await expect(other.getByRole("textbox", { name: /单位名单/ })).toHaveValue("西工区红山街道办事处\n西工区档案馆");
  await expect(
    other.getByRole("table", { name: "未计入的文件" }).getByRole("row", { name: /扫描件\.pdf/ }),
  ).toBeVisible();
  await expect(other.getByText("未报送（1个）：西工区档案馆")).toBeVisible();
  const pdfBack = await other.evaluate(
    ({ db }) =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open(db.name);
        request.onsuccess = () => {
          const all = request.result
            .transaction(db.store)
            .objectStore(db.store)
            .getAll(IDBKeyRange.bound("cf/", "cf/\uffff"));
          all.onsuccess = () =>
            resolve((all.result as { bytes: Uint8Array }[]).map((r) => [...r.bytes]).find((b) => b[0] === 0x25) ?? []);
          all.onerror = () => reject(all.error);
        };
      }),
    { db: DB },
  );
  expect(pdfBack).toEqual([...pdf]);
  await fresh.close();
});

test("R5: restoring a backup while the draft is open elsewhere asks, in the page, and leaves the open draft untouched", async ({
  page,
  context,
}) => {
  const mine = draft("x", "红山街道办事处", 2024, "2025-01-10T00:00:00.000Z");
  await seed(page, [mine]);
  const theirs = {
    ...mine,
    revision: mine.revision + 3,
    report: { ...mine.report, s6: { body: "另一台电脑上的版本" } },
  };
  const backup = {
    type: "nianbao-backup",
    version: 1,
    exportedAt: "2025-02-01T00:00:00.000Z",
    drafts: [theirs],
    quarantined: [],
  };

  const editor = await context.newPage();
  await editor.goto("/?draft=x");
  await expect(editor.locator('textarea[name="s6.body"]')).toHaveValue("无", { timeout: 20_000 });

  let confirmed = false;
  page.on("dialog", () => {
    confirmed = true;
  });
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "备份.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const dialog = page.getByRole("dialog", { name: "备份中有与本机不同的草稿" });
  await expect(dialog).toContainText("红山街道办事处 2024年：本机版本");
  await expect(dialog.getByRole("radio", { name: "两份都保留（备份中的版本另存为新草稿）" })).toBeChecked();
  await dialog.getByRole("button", { name: "按所选恢复" }).click();
  await expect(page.getByText("恢复完成：新增 0 份，另存为新草稿 1 份")).toBeVisible();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(2);
  expect(confirmed).toBe(false);

  expect((await storedDraft(page, "x"))?.report.s6.body).toBe("无");
  await editor.locator('textarea[name="s6.body"]').fill("本机继续编辑");
  await expect(saveStatus(editor)).toHaveText("已保存");
});

test("a file that is not a backup changes nothing and says why", async ({ page }) => {
  await seed(page, [draft("a", "红山街道办事处", 2023, "2024-01-10T00:00:00.000Z")]);
  const restore = (text: string) =>
    page
      .getByLabel("从备份恢复")
      .setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await restore("");
  await expect(page.getByText("文件是空的")).toBeVisible();
  await restore("{not json");
  await expect(page.getByText("文件不是有效的 JSON")).toBeVisible();
  await restore(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  await expect(page.getByText("这不是年报编制的草稿备份文件")).toBeVisible();
  await expect(page.locator("tr[data-draft-id]")).toHaveCount(1);
});

test("R4/R5: a backup version chosen over an open draft never overwrites it silently: the open tab keeps its edits as a new draft", async ({
  page,
  context,
}) => {
  const mine = draft("x", "红山街道办事处", 2024, "2025-01-10T00:00:00.000Z");
  await seed(page, [mine]);
  const editor = await context.newPage();
  await editor.goto("/?draft=x");
  const editorBody = editor.locator('textarea[name="s6.body"]');
  await expect(editorBody).toHaveValue("无", { timeout: 20_000 });

  const theirs = { ...mine, revision: mine.revision + 3, report: { ...mine.report, s6: { body: "备份中的版本" } } };
  const backup = {
    type: "nianbao-backup",
    version: 1,
    exportedAt: "2025-02-01T00:00:00.000Z",
    drafts: [theirs],
    quarantined: [],
  };
  await page.getByLabel("从备份恢复").setInputFiles({
    name: "备份.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const dialog = page.getByRole("dialog", { name: "备份中有与本机不同的草稿" });
  await dialog.getByRole("radio", { name: "用备份中的版本（本机版本移到回收站）" }).check();
  await dialog.getByRole("button", { name: "按所选恢复" }).click();
  await expect(page.getByText("用备份替换 1 份（原版本在回收站）")).toBeVisible();

  await editorBody.fill("本页在恢复之后输入的");
  await expect(saveStatus(editor)).toHaveText("未保存（别处已保存了更新的版本）");
  await expect(editor.getByRole("alert")).toContainText("为避免覆盖，本页的修改没有写入");
  expect((await storedDraft(page, "x"))?.report.s6.body).toBe("备份中的版本");

  await editor.getByRole("button", { name: "把本页内容另存为新草稿" }).click();
  await expect(editor).not.toHaveURL(/draft=x$/);
  await expect(editorBody).toHaveValue("本页在恢复之后输入的");
  await expect(saveStatus(editor)).toHaveText("已保存");
});
