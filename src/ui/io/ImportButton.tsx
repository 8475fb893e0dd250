import { useState } from "react";
import type { OnImport } from "./ImportDialog";
import { ImportDialog } from "./lazyImportDialog";
import "./io.css";

/** 导入 in the editor's toolbar: last year's report, a published report or our own file, as a new draft. */
export function ImportButton({ onImport }: { onImport: OnImport }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        导入
      </button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onImport={(report, context) => {
            setOpen(false);
            onImport(report, context);
          }}
        />
      )}
    </>
  );
}
