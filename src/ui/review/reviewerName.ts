/** The name comments are signed with: asked once, remembered in this browser. */
const KEY = "nianbao-reviewer-name";

export function storedReviewerName(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberReviewerName(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage refused (private mode): the name still holds for this page.
  }
}
