import { lazyView } from "../common/firstUse";

/** The import dialog and the importers behind it (the largest part of src/formats) load when 导入 is first used. */
export const ImportDialog = lazyView(() => import("./ImportDialog").then((m) => m.ImportDialog));
