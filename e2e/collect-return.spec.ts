/**
 * 退回意见 from the 汇总 for a file that does not name the clerk's draft (Markdown): the clerk, who has two drafts of
 * that body and year, opens the hand-back file and is asked which draft it is about; nothing is attached before.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { toJson, toMarkdown } from "../src/formats";
import { setAt } from "../src/report";
import { hongshan2023 } from "../src/testing/hongshan2023";
import { dropFiles, newCollection, saveRoster } from "./collect-helpers";
import { downloadedText } from "./drafts-helpers";
import { reviewPanel } from "./review-helpers";
import { expect, test } from "./test";

test.setTimeout(90_000);

const HONGSHAN = hongshan2023();
const UNIT = HONGSHAN.meta.organ;

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

test("a hand-back for a Markdown file: the clerk with two drafts of that body and year chooses one, and only it gets the note", async ({
  page,
  browser,
}) => {
  await newCollection(page, "西工区2023年度汇总", 2023);
  await saveRoster(page, UNIT);
  await dropFiles(page, [{ name: "红山.md", text: toMarkdown(HONGSHAN) }]);
  await page.getByRole("button", { name: UNIT, exact: true }).click();
  const office = reviewPanel(page);
  await page.getByRole("button", { name: "退回意见" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请先点“审阅意见”，填写您的姓名" })).toBeVisible();
  await office.giveName("区政务公开办");
  await office.comment("t2.licensing.decisions", "行政许可数量请与审批系统核对");
  await page.getByRole("button", { name: "退回意见" }).click();
  const dialog = page.getByRole("dialog", { name: `退回${UNIT}的报告` });
  await expect(dialog).toContainText("这个文件没有记录草稿编号");
  expect(await seriousViolations(page)).toEqual([]);
  const file = await downloadedText(page, () => dialog.getByRole("button", { name: "下载意见文件" }).click());
  await dialog.getByRole("button", { name: "关闭" }).click();
  await expect(office.panel.getByRole("heading", { name: "审阅状态：退回修改" })).toBeVisible();

  // The unit sends a corrected file: the table says so, and the office reviews the new version (待审阅 again).
  await page.getByRole("button", { name: "返回汇总" }).click();
  const review = page
    .getByRole("table", { name: "各单位报送情况" })
    .locator("tbody tr")
    .first()
    .locator('[data-column="review"]');
  await expect(review).toHaveText("已退回");
  const corrected = setAt(HONGSHAN, "t2.licensing.decisions", 9);
  await dropFiles(page, [{ name: "红山（修改后）.md", text: toMarkdown(corrected) }]);
  await expect(review).toHaveText("已退回，之后收到新文件");
  await page.getByRole("button", { name: UNIT, exact: true }).click();
  await expect(page.getByText("只读：红山（修改后）.md")).toBeVisible();
  await expect(office.panel.getByRole("heading", { name: "审阅状态：待审阅" })).toBeVisible();
  await expect(office.panel.getByRole("region", { name: "自我上次审阅以来的修改" })).toContainText("行政许可");

  const clerk = await (await browser.newContext()).newPage();
  await clerk.goto("/");
  const imported: string[] = [];
  for (const name of ["红山一.json", "红山二.json"]) {
    await clerk.getByRole("button", { name: "导入", exact: true }).click();
    await clerk
      .getByLabel(/选择文件/)
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(toJson(HONGSHAN)) });
    await clerk.getByRole("dialog", { name: "导入报告" }).getByRole("button", { name: "打开导入的报告" }).click();
    await expect(clerk.locator('input[name="meta.organ"]')).toHaveValue(UNIT);
    imported.push(new URL(clerk.url()).searchParams.get("draft") ?? "");
  }
  await clerk.getByRole("button", { name: "返回草稿列表" }).click();
  await clerk.getByLabel("选择分享或意见文件").setInputFiles({
    name: "审阅意见.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await expect(clerk.getByText("本浏览器中有 2 份这个机关和年度的草稿，请选择意见属于哪一份")).toBeVisible();
  // The two that fit first, then her other draft (the blank one of her first visit).
  const choices = clerk.getByRole("list", { name: "选择意见所属的草稿" }).getByRole("listitem");
  await expect(choices).toHaveCount(3);
  for (const i of [0, 1]) {
    await expect(choices.nth(i).getByRole("button")).toHaveAccessibleName(
      /^附到：西工区红山街道办事处 2023年（.+保存）$/,
    );
    await expect(choices.nth(i)).toContainText("（机关和年度相符）");
  }
  await expect(choices.nth(2)).not.toContainText("相符");
  expect(await seriousViolations(clerk)).toEqual([]);
  await choices.first().getByRole("button").click();
  await expect(clerk.getByText(`已收到区政务公开办的审阅意见（已附到草稿“${UNIT} 2023年”）`)).toBeVisible();
  const chosen = new URL(clerk.url()).searchParams.get("draft") ?? "";
  expect(imported).toContain(chosen);
  const panel = clerk.getByRole("complementary", { name: "审阅意见" });
  await expect(panel.getByRole("heading", { name: "审阅状态：退回修改" })).toBeVisible();
  await expect(panel).toContainText("行政许可数量请与审批系统核对");

  // The other draft has nothing attached.
  await clerk.getByRole("button", { name: "返回草稿列表" }).click();
  await expect(clerk.getByRole("row").filter({ hasText: UNIT })).toHaveCount(2);
  await clerk.goto(`/?draft=${imported.find((id) => id !== chosen)}`);
  await expect(clerk.locator('input[name="meta.organ"]')).toHaveValue(UNIT);
  await expect(clerk.getByRole("button", { name: "审阅意见", exact: true })).toHaveAttribute("aria-expanded", "false");
  await expect(clerk.getByRole("complementary", { name: "审阅意见" })).toHaveCount(0);
  await clerk.context().close();
});
