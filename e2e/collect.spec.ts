import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { toJson, toMarkdown } from "../src/formats";
import { getAt, setAt } from "../src/report";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { expect, test } from "./test";

test.describe.configure({ timeout: 150_000 });

const HONGSHAN = hongshan2023();
// 邙山: the same text as 红山 (a copy), 5 more requests received than handled, and 行政许可 left blank.
const MANGSHAN = setAt(
  setAt({ ...HONGSHAN, meta: { ...HONGSHAN.meta, organ: "西工区邙山街道办事处" } }, "t3.received.natural", 7),
  "t2.licensing.decisions",
  null,
);

const statusRows = (page: Page) => page.getByRole("table", { name: "各单位报送情况" }).locator("tbody tr");
const unitRow = (page: Page, unit: string) =>
  statusRows(page).filter({ has: page.getByRole("rowheader", { name: unit, exact: true }) });

test("汇总: create a collection, paste a roster of 3, drop 2 files, see who has not filed, sort, filter, open a unit, see the sums", async ({
  page,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, "1、西工区红山街道办事处\n2、西工区邙山街道办事处\n3、西工区教育局");
  await expect(statusRows(page)).toHaveCount(3);

  // A roster being typed survives files arriving before it is saved.
  const rosterBox = page.getByRole("textbox", { name: /单位名单/ });
  await rosterBox.press("Control+End");
  await rosterBox.pressSequentially("\n西工区档案馆");
  await dropFiles(page, [
    { name: "红山.md", text: toMarkdown(HONGSHAN) },
    // Our JSON keeps a blank cell blank (the Markdown layout prints it as 0).
    { name: "邙山2023年度报告.json", text: toJson(MANGSHAN) },
  ]);
  await page
    .getByLabel("选择各单位的报告文件")
    .setInputFiles({ name: "扫描件.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 scanned") });
  const setAside = page.getByRole("table", { name: "未计入的文件" });
  await expect(setAside.getByRole("row", { name: /扫描件\.pdf/ })).toContainText("无法读取：这是 PDF 文件");
  await expect(page.getByText("未报送（1个）：西工区教育局")).toBeVisible();
  // A file far larger than any report is neither read nor stored, and says so.
  await page.getByTestId("collect-drop").evaluate((zone) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(6 * 1024 * 1024)], "全部附件.zip"));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("alert", { name: "没有添加的文件" })).toContainText("全部附件.zip：文件太大（6.0 MB）");
  await expect(setAside.getByRole("row", { name: /全部附件/ })).toHaveCount(0);
  await expect(rosterBox).toHaveValue(/\n西工区档案馆$/);
  await expect(page.getByText("共4个单位")).toBeVisible();
  await rosterBox.fill("西工区红山街道办事处\n西工区邙山街道办事处\n西工区教育局");
  await expect(page.getByRole("button", { name: "保存名单" })).toBeDisabled();

  const rows = statusRows(page);
  await expect(rows.nth(2)).toContainText("未报送");
  const mangshan = unitRow(page, "西工区邙山街道办事处");
  await expect(mangshan.locator('[data-column="balance"]')).toHaveText("自然人列相差5；总计列相差5");
  await expect(unitRow(page, "西工区红山街道办事处").locator('[data-column="balance"]')).toHaveText("平衡");
  await expect(mangshan.locator('[data-column="closest"]')).toHaveText("100%（西工区红山街道办事处）");

  // Sorting by 错误: most errors first, then fewest; the unit without a file stays last either way.
  const errorsHeader = page.getByRole("columnheader", { name: "错误" });
  await errorsHeader.getByRole("button").click();
  await expect(errorsHeader).toHaveAttribute("aria-sort", "descending");
  await expect(rows.first()).toContainText("西工区邙山街道办事处");
  await expect(rows.last()).toContainText("西工区教育局");
  await errorsHeader.getByRole("button").click();
  await expect(errorsHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first().getByRole("rowheader")).toHaveText("西工区红山街道办事处");
  await expect(rows.last()).toContainText("西工区教育局");

  await page.getByLabel("筛选单位").fill("红山");
  await expect(rows).toHaveCount(1);
  await page.getByLabel("筛选单位").fill("");
  await page.getByLabel("按报送情况筛选").selectOption("未报送");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("西工区教育局");
  await page.getByLabel("按报送情况筛选").selectOption("");

  await page.getByRole("checkbox", { name: "机关类型" }).uncheck();
  await expect(page.getByRole("columnheader", { name: "机关类型" })).toHaveCount(0);

  // The sums: independent of the app, from the two reports as built here.
  const sum = (path: string) => (getAt(HONGSHAN, path) as number) + ((getAt(MANGSHAN, path) as number | null) ?? 0);
  const t3 = page.getByRole("table", { name: "三、收到和处理政府信息公开申请情况（合计）" });
  await expect(t3.locator('[data-path="t3.received.natural"]')).toHaveText(String(sum("t3.received.natural")));
  const t2 = page.getByRole("table", { name: "二、主动公开政府信息情况（合计）" });
  await expect(t2.locator('[data-path="t2.licensing.decisions"]')).toHaveText(
    `${getAt(HONGSHAN, "t2.licensing.decisions")}*`,
  );
  await page.getByText(/二、主动公开政府信息情况有\d+个单元格部分单位未填/).click();
  await expect(page.getByRole("list", { name: "二、主动公开政府信息情况未填的单元格" })).toContainText(
    "行政许可 本年处理决定数量：未填——西工区邙山街道办事处",
  );

  // Unticking a unit takes it out of the sums.
  await page.getByRole("checkbox", { name: "合计时计入西工区邙山街道办事处" }).uncheck();
  await expect(page.getByRole("heading", { name: "各单位合计（1个单位）" })).toBeVisible();
  await expect(t3.locator('[data-path="t3.received.natural"]')).toHaveText(
    String(getAt(HONGSHAN, "t3.received.natural")),
  );

  // The copied text, side by side.
  await page.getByRole("button", { name: "对照西工区红山街道办事处与西工区邙山街道办事处" }).click();
  const passages = page.getByRole("region", { name: "西工区红山街道办事处与西工区邙山街道办事处的相同段落" });
  await expect(passages.locator("mark").first()).toBeVisible();

  // A unit opens read-only with its findings, and 返回汇总 comes back.
  await page.getByRole("button", { name: "西工区邙山街道办事处", exact: true }).click();
  await expect(page.getByText("只读：邙山2023年度报告.json")).toBeVisible();
  await expect(page.locator('input[name="meta.organ"]')).toHaveValue("西工区邙山街道办事处");
  await expect(page.locator('input[name="meta.organ"]')).not.toBeEditable();
  await expect(
    page
      .getByRole("region", { name: /^检查结果：三、/ })
      .locator('[data-check="balance"]')
      .first(),
  ).toContainText("自然人列：一+二=7");
  await page.getByRole("button", { name: "返回汇总" }).click();

  // Everything was stored: a reload comes back to the same collection with the same files.
  await page.reload();
  await expect(page.getByText("未报送（1个）：西工区教育局")).toBeVisible();
  await expect(statusRows(page)).toHaveCount(3);

  // A file naming no roster unit is assigned by hand, and handed back to matching by name.
  await dropFiles(page, [
    { name: "道南.json", text: toJson({ ...HONGSHAN, meta: { ...HONGSHAN.meta, organ: "道南街道办事处" } }) },
  ]);
  await expect(setAside.getByRole("row", { name: /道南\.json/ })).toContainText("与名单中的单位对不上");
  await page.getByLabel("道南.json属于哪个单位").selectOption("西工区教育局");
  await expect(page.getByText(/^未报送（/)).toHaveCount(0);
  await page.getByText(/已计入的文件（3个）/).click();
  const counted = page.getByRole("table", { name: "已计入的文件" });
  await expect(counted.getByRole("row", { name: /道南\.json/ })).toContainText("西工区教育局（手动指定）");
  await counted.getByRole("button", { name: "改选道南.json属于的单位" }).click();
  await expect(counted.getByLabel("道南.json属于哪个单位")).toBeFocused();
  await counted.getByLabel("道南.json属于哪个单位").selectOption("");
  await expect(page.getByText("未报送（1个）：西工区教育局")).toBeVisible();
  await expect(setAside.getByRole("row", { name: /道南\.json/ })).toBeVisible();
});

test("汇总: the 区政府's own report is compared with its units' sum, as information, not added into it", async ({
  page,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, "西工区人民政府\n西工区红山街道办事处");
  const own = setAt(
    { ...HONGSHAN, meta: { ...HONGSHAN.meta, organ: "西工区人民政府", organType: "县级以上人民政府" as const } },
    "t2.licensing.decisions",
    40,
  );
  await dropFiles(page, [
    { name: "区政府.json", text: toJson(own) },
    { name: "红山.json", text: toJson(HONGSHAN) },
  ]);
  await expect(page.getByRole("heading", { name: "各单位合计（1个单位）" })).toBeVisible();
  const t2 = page.getByRole("table", { name: "二、主动公开政府信息情况（合计）" });
  await expect(t2.locator('[data-path="t2.licensing.decisions"]')).toHaveText(
    String(getAt(HONGSHAN, "t2.licensing.decisions")),
  );
  const note = page.getByRole("note", { name: "区政府本级报告与合计的对照" });
  await expect(note).toContainText("仅供参考，不是错误");
  await expect(note.getByRole("listitem")).toHaveText([
    `行政许可 本年处理决定数量：本级报告40，各单位合计${getAt(HONGSHAN, "t2.licensing.decisions")}`,
  ]);
});

test("Excel: a unit's tables export as .xlsx and the file, dropped back in, gives the same figures; the sums export too", async ({
  page,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, "西工区红山街道办事处");
  await dropFiles(page, [{ name: "红山.json", text: toJson(HONGSHAN) }]);
  await page.getByRole("button", { name: "西工区红山街道办事处", exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出表格 Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("西工区红山街道办事处2023年表二至表四.xlsx");
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  await page.getByRole("button", { name: "返回汇总" }).click();

  const t3 = page.getByRole("table", { name: "三、收到和处理政府信息公开申请情况（合计）" });
  const before = await t3.locator("td[data-path]").allTextContents();
  await page.getByText(/已计入的文件（1个）/).click();
  await page.getByRole("button", { name: "移除红山.json" }).click();
  await expect(page.getByText("未报送（1个）：西工区红山街道办事处")).toBeVisible();
  await dropFiles(page, [{ name: "红山表格.xlsx", base64: bytes.toString("base64") }]);
  await expect(page.getByText(/^未报送（/)).toHaveCount(0);
  await expect(unitRow(page, "西工区红山街道办事处").locator('[data-column="balance"]')).toHaveText("平衡");
  expect(await t3.locator("td[data-path]").allTextContents()).toEqual(before);

  const sums = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出合计 Excel" }).click();
  expect((await sums).suggestedFilename()).toBe("西工区2023年度汇总合计.xlsx");

  // Next year's collection takes this one's roster, changed only when saved.
  await page.getByRole("button", { name: "返回汇总列表" }).click();
  await page.getByLabel("汇总名称").fill("西工区2024年度汇总");
  await page.getByLabel("报告年度").fill("2024");
  await page.getByRole("button", { name: "新建汇总" }).click();
  await page.getByLabel(/从其他汇总复制名单/).selectOption({ label: "西工区2023年度汇总（2023年度，1个单位）" });
  await expect(page.getByRole("textbox", { name: /单位名单/ })).toHaveValue("西工区红山街道办事处");
  await page.getByRole("button", { name: "保存名单" }).click();
  await expect(page.getByText("未报送（1个）：西工区红山街道办事处")).toBeVisible();
});

test("汇总: the 报送情况 table stays in the page, sorted and filtered as the office left it, while a file arrives and after a unit is opened", async ({
  page,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, "西工区红山街道办事处\n西工区邙山街道办事处\n西工区教育局");
  await dropFiles(page, [{ name: "红山.md", text: toMarkdown(HONGSHAN) }]);
  await expect(page.getByText("未报送（2个）")).toBeVisible();
  const errorsHeader = page.getByRole("columnheader", { name: "错误" });
  await errorsHeader.getByRole("button").click();
  await page.getByLabel("按报送情况筛选").selectOption("已报送");
  await page.getByRole("checkbox", { name: "机关类型" }).uncheck();
  const arranged = async () => {
    await expect(errorsHeader).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByLabel("按报送情况筛选")).toHaveValue("已报送");
    await expect(page.getByRole("columnheader", { name: "机关类型" })).toHaveCount(0);
  };
  await arranged();
  // The table element itself must never leave the page: while the new file was read it used to, and came back
  // unsorted, unfiltered, with every column shown.
  await page.evaluate(() => {
    const table = document.querySelector('table[aria-label="各单位报送情况"]');
    new MutationObserver(() => {
      if (!table?.isConnected) document.documentElement.dataset.statusTableLeft = "yes";
    }).observe(document.body, { childList: true, subtree: true });
  });
  await dropFiles(page, [{ name: "邙山2023年度报告.json", text: toJson(MANGSHAN) }]);
  await expect(page.getByText("未报送（1个）：西工区教育局")).toBeVisible();
  await arranged();
  await expect(statusRows(page)).toHaveCount(2);
  // 邙山 has an error (its figures are off), 红山 none: most errors first.
  await expect(statusRows(page).first().getByRole("rowheader")).toHaveText("西工区邙山街道办事处");
  expect(await page.evaluate(() => document.documentElement.dataset.statusTableLeft)).toBeUndefined();

  await page.getByRole("button", { name: "西工区红山街道办事处", exact: true }).click();
  await page.getByRole("button", { name: "返回汇总" }).click();
  await arranged();
  await expect(statusRows(page).first().getByRole("rowheader")).toHaveText("西工区邙山街道办事处");
});
