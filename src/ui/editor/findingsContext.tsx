import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { type CheckContext, type Finding, runChecks } from "../../checks";
import type { Report } from "../../report";

const FindingsContext = createContext<readonly Finding[]>([]);

/**
 * Runs the checks once per change of the report and shares the findings. Its children are passed
 * through unchanged, so only the components that read the findings re-render.
 */
export function FindingsProvider({ children, context }: { children: ReactNode; context?: CheckContext }) {
  const report = useWatch() as Report;
  const findings = useMemo(() => runChecks(report, context), [report, context]);
  return <FindingsContext.Provider value={findings}>{children}</FindingsContext.Provider>;
}

export function useFindings(): readonly Finding[] {
  return useContext(FindingsContext);
}
