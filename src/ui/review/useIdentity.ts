import { useEffect, useState } from "react";
import type { DraftRepository } from "../../drafts";
import { type Identity, identityOf, newKeyPair } from "../../review/identity";

/** Said wherever signing is needed and the key cannot be had (storage refused it). */
export const KEY_FAILURE =
  "无法在本浏览器中生成或读取签名密钥，暂时不能写意见、分享或退回意见。请不要使用无痕窗口，刷新页面后再试；报告本身不受影响。";

const identities = new WeakMap<DraftRepository, Promise<Identity>>();

/** This browser's signing identity, made and stored (by the drafts layer) on first use. */
export function identityFor(repo: DraftRepository): Promise<Identity> {
  let found = identities.get(repo);
  if (!found) {
    found = repo.keyPair(newKeyPair).then(identityOf);
    identities.set(repo, found);
    found.catch(() => identities.delete(repo));
  }
  return found;
}

/** The identity once it is ready; a failure (storage refused) is said where signing is needed. */
export function useIdentity(repo: DraftRepository): { identity: Identity | null; failure: string | null } {
  const [state, setState] = useState<{ identity: Identity | null; failure: string | null }>({
    identity: null,
    failure: null,
  });
  useEffect(() => {
    let live = true;
    identityFor(repo).then(
      (identity) => live && setState({ identity, failure: null }),
      (error: unknown) => {
        console.error("signing key unavailable", error);
        if (live) {
          setState({
            identity: null,
            failure: KEY_FAILURE,
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [repo]);
  return state;
}
