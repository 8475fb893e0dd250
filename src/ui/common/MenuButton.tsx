import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import "./menuButton.css";

/**
 * A toolbar button that shows a group of further buttons beneath it (the disclosure pattern): 导出 ▾ holds the
 * five ways to save the report, so the toolbar reads as a few groups, not 13 buttons of equal weight. Choosing
 * one, Esc, or a click or focus elsewhere closes it; ↓/↑ move between its buttons.
 */
export function MenuButton({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
    };
  }, [open]);

  const items = () => [...(root.current?.querySelectorAll<HTMLButtonElement>(".menu-items button") ?? [])];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
      return;
    }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    if (!open) {
      setOpen(true);
      requestAnimationFrame(() => items()[0]?.focus());
      return;
    }
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === "ArrowDown" ? at + 1 : at - 1;
    list[(next + list.length) % list.length]?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys of the buttons inside, handled once for the group
    <div className="menu-button" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        // A click on one of its buttons runs that button's action, then closes the group.
        // biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside take the keys; this only closes after them
        <fieldset id={id} className="menu-items" aria-label={label} onClick={() => setOpen(false)}>
          {children}
        </fieldset>
      )}
    </div>
  );
}
