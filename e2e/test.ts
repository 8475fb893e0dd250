/**
 * `test` and `expect` for every spec: each page of the test (its own context, contexts it makes with
 * `browser.newContext()`, second tabs and popups) is watched for Content-Security-Policy violations and uncaught
 * page errors, and the test fails at the end if any occurred, listing them.
 */
import { type BrowserContext, test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

const BINDING = "__reportCspViolation";

export const test = base.extend<{ pageGuard: undefined }>({
  pageGuard: [
    async ({ browser, context }, use) => {
      const problems: string[] = [];
      const watchPage = (page: Page) => {
        page.on("pageerror", (error) => problems.push(`未捕获的页面错误（${page.url()}）：${error.message}`));
      };
      // Both calls are sent at once, so a context made by the test has them before its first page.
      const watchContext = async (watched: BrowserContext) => {
        watched.pages().forEach(watchPage);
        watched.on("page", watchPage);
        const binding = watched.exposeBinding(BINDING, ({ page }, violation: string) =>
          problems.push(`违反内容安全策略（${page.url()}）：${violation}`),
        );
        const script = watched.addInitScript((binding) => {
          document.addEventListener(
            "securitypolicyviolation",
            (e) => {
              const report = (window as unknown as Record<string, (violation: string) => void>)[binding];
              report(`${e.violatedDirective} 拦截了 ${e.blockedURI}${e.sample ? `：${e.sample}` : ""}`);
            },
            true,
          );
        }, BINDING);
        await Promise.all([binding, script]);
      };
      await watchContext(context);
      // Specs that play two people open a browser profile each; those pages are held to the same rule.
      const others: Promise<void>[] = [];
      const onContext = (other: BrowserContext) => {
        if (other !== context) others.push(watchContext(other));
      };
      browser.on("context", onContext);
      await use(undefined);
      browser.off("context", onContext);
      await Promise.all(others);
      if (problems.length > 0) {
        throw new Error(
          `页面在测试中出现 ${problems.length} 个问题（内容安全策略见 csp.config.ts）：\n${problems.join("\n")}`,
        );
      }
    },
    { auto: true },
  ],
});
