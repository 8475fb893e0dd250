/**
 * Who wrote an entry, without a server: an ECDSA P-256 key pair made in this browser (the private key cannot be
 * read out of it), its public key carried in every entry, and a short fingerprint shown beside the name so two
 * people of the same name, or someone posing as another, are told apart.
 */
import { type Author, type Entry, type EntryBody, entryId, signedText } from "./entry";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGNING = { name: "ECDSA", hash: "SHA-256" } as const;

/** This browser's signing identity. */
export interface Identity {
  privateKey: CryptoKey;
  /** base64url of the raw public point. */
  key: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A new key pair; the private key is not extractable, so it is stored as a key object, never as text. */
export async function newKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, false, ["sign", "verify"]);
}

export async function identityOf(pair: CryptoKeyPair): Promise<Identity> {
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  return { privateKey: pair.privateKey, key: toBase64Url(raw) };
}

/** 12 hex digits of the public key's x coordinate, as `a1b2-c3d4-e5f6`: what a person compares by eye. */
export function fingerprint(key: string): string {
  const raw = fromBase64Url(key);
  if (!raw || raw.length < 7) return "未签名";
  const hex = Array.from(raw.slice(1, 7), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

export async function signText(identity: Identity, text: string): Promise<string> {
  const sig = await crypto.subtle.sign(SIGNING, identity.privateKey, new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(sig));
}

const publicKeys = new Map<string, Promise<CryptoKey | null>>();

function publicKey(key: string): Promise<CryptoKey | null> {
  let found = publicKeys.get(key);
  if (!found) {
    const raw = fromBase64Url(key);
    found = raw
      ? crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["verify"]).catch(() => null)
      : Promise.resolve(null);
    publicKeys.set(key, found);
  }
  return found;
}

/** Whether `sig` is `key`'s signature over `text`. A malformed key or signature is simply false. */
export async function verifyText(key: string, text: string, sig: string): Promise<boolean> {
  const [verifier, bytes] = [await publicKey(key), fromBase64Url(sig)];
  if (!verifier || !bytes) return false;
  return crypto.subtle.verify(SIGNING, verifier, bytes, new TextEncoder().encode(text)).catch(() => false);
}

/** A new signed entry by `identity` under `name`. */
export async function signEntry(
  identity: Identity,
  name: string,
  on: string | null,
  body: EntryBody,
  now: Date,
): Promise<Entry> {
  const author: Author = { name, key: identity.key };
  const content = { on, author, at: now.toISOString(), body };
  const unsigned = { id: await entryId(content), ...content };
  return { ...unsigned, sig: await signText(identity, signedText(unsigned)) };
}

/** Whether an entry arrived as its author wrote it: its id is its content's hash and its signature holds. */
export async function entryHolds(entry: Entry): Promise<boolean> {
  if (entry.sig === null) return false;
  if ((await entryId(entry)) !== entry.id) return false;
  return verifyText(entry.author.key, signedText(entry), entry.sig);
}
