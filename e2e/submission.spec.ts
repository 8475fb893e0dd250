/** 定稿: the clerk finalises with a reason for what is left, exports the file, edits on; the 区 office verifies it. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { toJson } from "../src/formats";
import { getAt } from "../src/report";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { cell } from "./authoring-helpers";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { downloadedText, saveStatus } from "./drafts-helpers";
import { expect, test } from "./test";

test.setTimeout(150_000);

const HONGSHAN = hongshan2023();
const GRANTED = "t3.granted.natural";

async function importReport(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page
    .getByLabel(/选择文件/)
    .setInputFiles({ name: "红山.json", mimeType: "application/json", buffer: Buffer.from(toJson(HONGSHAN)) });
  const dialog = page.getByRole("dialog", { name: "导入报告" });
  await dialog.getByRole("button", { name: "打开导入的报告" }).click();
  await expect(dialog).toBeHidden();
}

test("定稿 with a reason for a remaining error, export the file, edit (定稿后已修改), 定稿 again; the 汇总 verifies the file", async ({
  page,
  browser,
}) => {
  await importReport(page);
  // One more 予以公开 than the applications handled: 表三 no longer balances.
  await cell(page, GRANTED).click();
  await page.keyboard.type(String(Number(getAt(HONGSHAN, GRANTED)) + 1));
  await page.keyboard.press("Enter");
  await expect(saveStatus(page)).toHaveText("已保存");

  await page.getByRole("button", { name: "定稿", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "定稿" });
  const reasons = dialog.getByRole("textbox", { name: "理由" });
  await expect(dialog.getByRole("region", { name: "定稿前尚未解决的问题" })).toContainText("【错误】");
  const open = await reasons.count();
  expect(open).toBeGreaterThan(0);
  await dialog.getByRole("button", { name: "确认定稿" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    `还有 ${open} 处错误或待填没有说明理由。请改正它们，或在每一项下写明为什么这样上报，再点“确认定稿”。`,
  );
  for (let i = 0; i < open; i += 1) await reasons.nth(i).fill("一件申请跨年度办结，按办结年度统计");
  await dialog.getByRole("button", { name: "确认定稿" }).click();
  const versions = dialog.getByRole("region", { name: "定稿版本" }).getByRole("listitem");
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText(
    /第 1 版 · .* · 签名：西工区红山街道办事处（[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}）/,
  );
  await expect(dialog.getByRole("status")).toContainText("报告与第 1 版定稿完全一致");

  const fileText = await downloadedText(page, () => dialog.getByRole("button", { name: "导出定稿文件" }).click());
  const file = JSON.parse(fileText);
  expect(file).toMatchObject({ format: "xxgk-annual-report-submission", version: 1 });
  expect(file.reasons).toHaveLength(open);
  expect(file.reasons[0].reason).toBe("一件申请跨年度办结，按办结年度统计");
  await dialog.getByRole("button", { name: "关闭" }).click();
  await expect(page.getByRole("button", { name: "已定稿（第 1 版）" })).toBeVisible();

  // Editing after 定稿: the toolbar says so, and the dialog shows the words changed since.
  await page.locator('textarea[name="s6.body"]').fill("定稿后补充的其他事项。");
  await expect(saveStatus(page)).toHaveText("已保存");
  await page.getByRole("button", { name: "定稿后已修改" }).click();
  const changes = dialog.getByRole("region", { name: "自第 1 版定稿以来的修改" });
  await expect(changes.locator('li[data-path="s6.body"] ins')).toHaveText("定稿后补充的其他事项。");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // The reasons given last time are still there for a new 定稿.
  await expect(reasons.first()).toHaveValue("一件申请跨年度办结，按办结年度统计");
  await dialog.getByRole("button", { name: "确认定稿（第 2 版）" }).click();
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("第 2 版");
  await expect(versions.nth(1)).toContainText("第 1 版");
  await dialog.getByRole("button", { name: "关闭" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "已定稿（第 2 版）" })).toBeVisible();

  // The 区 office, in its own browser: the file as exported is verified; one altered after 定稿 is not.
  const office = await (await browser.newContext()).newPage();
  await newCollection(office, "西工区2023年度汇总", 2023);
  await saveRoster(office, "西工区红山街道办事处\n西工区邙山街道办事处");
  const altered = JSON.parse(fileText);
  altered.report.meta.organ = "西工区邙山街道办事处";
  await dropFiles(office, [
    { name: "红山定稿.json", text: fileText },
    { name: "邙山定稿.json", text: JSON.stringify(altered, null, 2) },
  ]);
  const table = office.getByRole("table", { name: "各单位报送情况" });
  const row = (unit: string) =>
    table.locator("tbody tr").filter({ has: office.getByRole("rowheader", { name: unit, exact: true }) });
  await expect(row("西工区红山街道办事处").locator("[data-hash]")).toHaveText(/（第 1 版）哈希已核验$/);
  await expect(row("西工区邙山街道办事处").locator("[data-hash]")).toHaveText(/哈希不符$/);
  await expect(office.getByRole("alert").filter({ hasText: "西工区邙山街道办事处：定稿文件的内容" })).toContainText(
    "请对方在年报编制中重新“导出定稿文件”后发来",
  );

  // Opened read-only, the unit's 定稿 shows who signed it and the clerk's reasons.
  await office.getByRole("button", { name: "西工区红山街道办事处", exact: true }).click();
  await office.getByText("定稿第 1 版（哈希已核验）").click();
  await expect(office.getByText(/^签名：西工区红山街道办事处（[0-9a-f-]{14}）$/)).toBeVisible();
  const given = office.getByRole("list", { name: "定稿时说明的理由" }).getByRole("listitem");
  await expect(given).toHaveCount(open);
  await expect(given.first()).toContainText("理由：一件申请跨年度办结，按办结年度统计");
});
