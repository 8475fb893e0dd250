import type { ReactNode } from "react";

/** A notice across the top of the screen: what happened, what is kept, what to do (the actions). */
export function Banner({
  tone,
  children,
  actions,
}: {
  tone: "error" | "warning" | "info";
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={`drafts-banner drafts-banner-${tone}`} role={tone === "error" ? "alert" : undefined}>
      <p>{children}</p>
      {actions && <div className="drafts-banner-actions">{actions}</div>}
    </div>
  );
}
