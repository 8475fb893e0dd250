/** How the status table words its cells. */
import type { Balance, StatusRow } from "../../collect";

export const percent = (score: number) => `${Math.round(score * 100)}%`;

export const stateText = (row: StatusRow) => (row.received ? "已报送" : "未报送");

export function balanceText(balance: Balance | null): string {
  if (!balance) return "";
  if (balance.kind === "balanced") return "平衡";
  if (balance.kind === "off") return balance.text;
  return "未能核对（有未读到或非数字的单元格）";
}

function minuteText(at: string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const receivedText = (row: StatusRow) => (row.receivedAt ? minuteText(row.receivedAt) : "");

/** A 定稿 file's time and version, and whether its hash holds; blank for a unit that sent another kind of file. */
export function submittedText(row: StatusRow): string {
  const s = row.submitted;
  if (!s) return row.received ? "未定稿（不是定稿文件）" : "";
  return `${minuteText(s.submittedAt)}（第 ${s.version} 版）${s.verified ? "哈希已核验" : "哈希不符"}`;
}

/** Against last year's report: blank for a unit that has not filed, else the score or that there is none. */
export function lastYearText(row: StatusRow): string {
  if (!row.received) return "";
  return row.lastYear === null ? "无上年报告" : percent(row.lastYear);
}

/** The most alike other unit and its score; while the worker compares, that it is comparing. */
export function closestText(row: StatusRow): string {
  if (row.comparing) return "正在比较…";
  return row.closest ? `${percent(row.closest.score)}（${row.closest.other}）` : "";
}
