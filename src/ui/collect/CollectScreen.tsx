import { useMemo } from "react";
import type { Backend } from "../../drafts";
import { CollectionRepository } from "../../drafts/collections";
import { CollectionList } from "./CollectionList";
import { Workspace } from "./Workspace";
import "./collect.css";

export interface CollectScreenProps {
  backend: Backend;
  /** The open collection, or null for the list of collections. */
  id: string | null;
  /** "" for the list of collections, an id for one, null for the draft list. */
  onOpen: (id: string | null) => void;
}

/** The 区 office's collections (汇总): the list, or one collection. Loaded on first use (App.tsx). */
export default function CollectScreen({ backend, id, onOpen }: CollectScreenProps) {
  const repo = useMemo(() => new CollectionRepository(backend), [backend]);
  return id ? (
    <Workspace key={id} repo={repo} id={id} onBack={() => onOpen("")} />
  ) : (
    <CollectionList repo={repo} onOpen={onOpen} />
  );
}
