/**
 * Hostile text for the security tests: script and HTML payloads, Markdown that would change a document's
 * structure, and text that strains encoders. `TEXT_FIELDS` are the report's free-text fields, found in the
 * blank report rather than typed out, so a field added to the template is covered without editing this file.
 */
import { blankReport, reportSchema, setAt } from "../report";

export const PAYLOADS: Readonly<Record<string, string>> = {
  script: "<script>window.__pwned=1</script>",
  imgOnerror: '<img src=x onerror="window.__pwned=1">',
  svgOnload: "<svg onload=window.__pwned=1>",
  javascriptLink: "[点我](javascript:window.__pwned=1)",
  iframeSrcdoc: '"><iframe srcdoc="<script>window.__pwned=1</script>">',
  pipes: "甲 | 乙 | 丙",
  lineStartsWithPipe: "| 表头 | 伪造 |\n| --- | --- |\n| 1 | 2 |",
  heading: "# 伪造的标题\n## 六、其他需要报告的事项",
  emoji: "公开工作😀👍🏽👨‍👩‍👧",
  rtlMark: "正文\u202e反向文字\u202c结束",
  controls: "控制\u0000\u0001字符\u0007与\u001b[31m转义\u000b\u000c\u007f\u0085",
  long: "长".repeat(100_000),
};

/** Key paths of every string in the report that accepts any text (not 机关类型's list, not the date). */
export const TEXT_FIELDS: readonly string[] = (() => {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") paths.push(path);
    else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(blankReport(), "");
  return paths.filter((path) => reportSchema.safeParse(setAt(blankReport(), path, "任意文字")).success);
})();
