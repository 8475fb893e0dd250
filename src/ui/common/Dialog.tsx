import { type ReactNode, useEffect, useId, useRef } from "react";
import "./dialog.css";

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Esc, the 关闭 button, or whatever the caller wires to its own buttons. */
  onClose: () => void;
  /** The dialog's buttons, shown at its foot. */
  actions?: ReactNode;
  wide?: boolean;
}

/** The app's one modal dialog (native `<dialog>`); never window.confirm, which background tabs dismiss on their own. */
export function Dialog({ title, children, onClose, actions, wide = false }: DialogProps) {
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
      className={wide ? "dialog wide" : "dialog"}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {/* A div, not <header>: inside a dialog a header would be announced as a second page banner. */}
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <div className="dialog-body">{children}</div>
      {actions && <div className="dialog-actions">{actions}</div>}
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The words of the destructive button, e.g. 永久删除. */
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question before something that cannot be undone: the destructive button, then 取消. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
