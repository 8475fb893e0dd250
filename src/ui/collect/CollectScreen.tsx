import { useMemo } from "react";
import type { DraftRepository } from "../../drafts";
import { CollectionRepository } from "../../drafts/collections";
import { CollectionList } from "./CollectionList";
import { Workspace } from "./Workspace";
import "./collect.css";

export interface CollectScreenProps {
  /** The drafts' store: collections live beside the drafts, and the notes on units in its review records. */
  drafts: DraftRepository;
  /** The open collection, or null for the list of collections. */
  id: string | null;
  /** "" for the list of collections, an id for one, null for the draft list. */
  onOpen: (id: string | null) => void;
}

/** The 区 office's collections (汇总): the list, or one collection. Loaded on first use (App.tsx). */
export default function CollectScreen({ drafts, id, onOpen }: CollectScreenProps) {
  const repo = useMemo(() => new CollectionRepository(drafts.backend), [drafts]);
  return id ? (
    <Workspace key={id} repo={repo} drafts={drafts} id={id} onBack={() => onOpen("")} />
  ) : (
    <CollectionList repo={repo} onOpen={onOpen} />
  );
}
