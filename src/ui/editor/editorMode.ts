import { createContext, useContext } from "react";

/** Whether the open report may be edited (a second tab or a review copy shows it read-only). */
export const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
