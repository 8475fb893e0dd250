import { type ReactNode, useEffect, useId, useRef } from "react";

interface DialogProps {
  title: string;
  children: ReactNode;
  /** The dialog's buttons. */
  actions: ReactNode;
  /** Esc or the close button. */
  onCancel: () => void;
}

/** An in-app modal (never window.confirm: background tabs dismiss it on their own). */
export function Dialog({ title, children, actions, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="drafts-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="drafts-dialog-body">{children}</div>
      <div className="drafts-dialog-actions">{actions}</div>
    </dialog>
  );
}
