import { useEffect, useState } from "react";
import { type Evaluation, notesState, unitNotesId } from "../../collect";
import type { CollectionRepository } from "../../drafts";

/**
 * The review column of the status table: each unit's notes read again whenever the files change or the office comes
 * back from a unit's view (`shown`), by unit name. A store that cannot be read leaves the column blank.
 */
export function useNotesStates(
  repo: CollectionRepository,
  id: string,
  evaluation: Evaluation | null,
  shown: unknown,
): ReadonlyMap<string, string> {
  const [states, setStates] = useState<ReadonlyMap<string, string>>(new Map());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` changes when the office leaves a unit's view, where notes are written
  useEffect(() => {
    if (!evaluation) return;
    let live = true;
    repo
      .notes(id)
      .then((records) => {
        if (!live) return;
        const read = evaluation.entries.map((e) => {
          const record = records.get(unitNotesId(id, e.unit.name));
          return [e.unit.name, record ? notesState(record, e.current?.file.receivedAt ?? null) : ""] as const;
        });
        setStates(new Map(read));
      })
      .catch(() => live && setStates(new Map()));
    return () => {
      live = false;
    };
  }, [repo, id, evaluation, shown]);
  return states;
}
