import { type ReactNode, useEffect, useRef } from "react";

/** An in-app modal dialog (native `<dialog>`): Esc and the close button both call `onClose`. */
export function Modal({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? "io-dialog wide" : "io-dialog"}
      aria-labelledby="io-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="io-dialog-header">
        <h2 id="io-dialog-title">{title}</h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {children}
    </dialog>
  );
}
