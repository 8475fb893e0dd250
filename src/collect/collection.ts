/** A collection (汇总) as stored: its roster and the files received, each assigned to a unit by name or by hand. */
import type { RosterUnit } from "./roster";

export interface CollectionFile {
  id: string;
  fileName: string;
  receivedAt: string;
  /** A roster unit's name chosen by hand; null: matched by name, if it can be. */
  assignedUnit: string | null;
}

export interface Collection {
  id: string;
  name: string;
  /** The reporting year collected; files of the year before are last year's reports. */
  year: number | null;
  createdAt: string;
  savedAt: string;
  roster: RosterUnit[];
  files: CollectionFile[];
}

/** A received file with its bytes, as stored beside the collection. */
export interface ReceivedFile extends CollectionFile {
  bytes: Uint8Array;
}
