import { createContext, useContext } from "react";
import type { Report } from "../../report";

/** Last year's report of the same body (its draft, or the snapshot 下一年度 kept), when there is one. */
export const LastYearContext = createContext<Report | undefined>(undefined);

export const useLastYear = () => useContext(LastYearContext);
