/**
 * The journal's encryption (WebCrypto only; pure, so it is unit-tested in Node).
 *
 * - A random 256-bit **data key** (AES-GCM) encrypts each entry's private fields, with a fresh 96-bit IV per write
 *   and the entry's id bound as additional data (an entry cannot be swapped for another).
 * - A P-256 **sealing key pair** lets the Pause card save while the journal is locked: each such entry gets an
 *   ephemeral key pair; ECDH with the stored public key gives a one-off AES-GCM key. Only the private key, which is
 *   wrapped like the data key, can open it — so words written while locked are readable only after unlock.
 * - Both are wrapped (AES-GCM) by a **key-encryption key** derived from the passphrase with PBKDF2-SHA-256
 *   (600,000 iterations by default) and a random 16-byte salt. The parameters are stored and versioned. The passphrase
 *   is checked by unwrapping: no hash of it is stored.
 * - Unwrapped keys are non-extractable. While unlocked, the key-encryption key's 32 bytes are kept in the browser's
 *   memory-only `storage.session` by the background (so a sleeping service worker does not lock you out); they are
 *   never written to disk and are gone when the browser closes.
 */
import { t } from '../i18n';

const subtle = () => globalThis.crypto.subtle;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Bytes ↔ base64 (for storage as JSON-safe strings). */
export function toB64(bytes: ArrayBuffer | Uint8Array): string {
  const u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
}
export function fromB64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Key derivation parameters, stored with the keyring. */
export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
}

/** What is stored: everything needed to unlock with the passphrase, and nothing that reveals it. */
export interface Keyring {
  v: 1;
  kdf: KdfParams;
  wrappedDataKey: { iv: string; ct: string };
  wrappedPrivateKey: { iv: string; ct: string };
  publicKey: JsonWebKey;
}

/** An encrypted value: with the data key, or sealed to the public key while locked. */
export type Sealed = { v: 1; by: 'key'; iv: string; ct: string } | { v: 1; by: 'seal'; epk: JsonWebKey; iv: string; ct: string };

/** The keys in use while unlocked (non-extractable). */
export interface OpenKeys {
  dataKey: CryptoKey;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export const DEFAULT_ITERATIONS = 600_000;
export const MIN_ITERATIONS = 600_000;

/** The passphrase did not open the keyring. */
export class WrongPassphraseError extends Error {
  constructor() {
    super(t('bg.wrongPassphrase'));
    this.name = 'WrongPassphraseError';
  }
}

/** The key-encryption key's raw bytes, from the passphrase and the stored parameters. */
export async function deriveKekBytes(passphrase: string, kdf: KdfParams): Promise<Uint8Array<ArrayBuffer>> {
  const base = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromB64(kdf.salt) }, base, 256);
  return new Uint8Array(bits);
}

/** Imports the key-encryption key (non-extractable). */
export function importKek(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const iv = () => globalThis.crypto.getRandomValues(new Uint8Array(12));

async function gcmEncrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: string): Promise<{ iv: string; ct: string }> {
  const nonce = iv();
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv: nonce, additionalData: enc.encode(aad) }, key, plain);
  return { iv: toB64(nonce), ct: toB64(ct) };
}

async function gcmDecrypt(key: CryptoKey, box: { iv: string; ct: string }, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: fromB64(box.iv), additionalData: enc.encode(aad) }, key, fromB64(box.ct)));
}

/**
 * A new keyring for a passphrase: fresh data key and sealing pair, wrapped by the key derived from it.
 * Returns the keyring to store, the open keys, and the key-encryption key's bytes (for the session).
 */
export async function createKeyring(
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ keyring: Keyring; keys: OpenKeys; kek: Uint8Array<ArrayBuffer> }> {
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(globalThis.crypto.getRandomValues(new Uint8Array(16))) };
  const kekBytes = await deriveKekBytes(passphrase, kdf);
  const kek = await importKek(kekBytes);
  // Created extractable only to be wrapped once, here; every later copy is unwrapped non-extractable.
  const rawDataKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const pair = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveKey'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const publicKey = await subtle().exportKey('jwk', pair.publicKey);
  const keyring: Keyring = {
    v: 1,
    kdf,
    wrappedDataKey: await gcmEncrypt(kek, rawDataKey, 'keyring:data-key'),
    wrappedPrivateKey: await gcmEncrypt(kek, pkcs8, 'keyring:private-key'),
    publicKey,
  };
  rawDataKey.fill(0);
  pkcs8.fill(0);
  return { keyring, keys: await openKeyring(keyring, kekBytes), kek: kekBytes };
}

/** Opens the keyring with the key-encryption key's bytes; throws WrongPassphraseError when they do not fit. */
export async function openKeyring(keyring: Keyring, kekBytes: Uint8Array<ArrayBuffer>): Promise<OpenKeys> {
  const kek = await importKek(kekBytes);
  let rawDataKey: Uint8Array<ArrayBuffer>;
  let pkcs8: Uint8Array<ArrayBuffer>;
  try {
    rawDataKey = await gcmDecrypt(kek, keyring.wrappedDataKey, 'keyring:data-key');
    pkcs8 = await gcmDecrypt(kek, keyring.wrappedPrivateKey, 'keyring:private-key');
  } catch {
    throw new WrongPassphraseError();
  }
  const dataKey = await subtle().importKey('raw', rawDataKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const privateKey = await subtle().importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveKey']);
  const publicKey = await importPublicKey(keyring.publicKey);
  rawDataKey.fill(0);
  pkcs8.fill(0);
  return { dataKey, privateKey, publicKey };
}

/** The sealing public key (needs no passphrase: it can only lock things, never open them). */
export function importPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return subtle().importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, true, []);
}

/** Unlocks with the passphrase: the open keys and the key-encryption key's bytes. */
export async function unlock(keyring: Keyring, passphrase: string): Promise<{ keys: OpenKeys; kek: Uint8Array<ArrayBuffer> }> {
  const kek = await deriveKekBytes(passphrase, keyring.kdf);
  return { keys: await openKeyring(keyring, kek), kek };
}

/**
 * The same keys under a new passphrase (new salt): the old keyring opens them, the new one is returned to be stored
 * in place of the old in one write. The data key does not change, so no entry needs rewriting.
 */
export async function rewrap(
  keyring: Keyring,
  oldPassphrase: string,
  newPassphrase: string,
  iterations = Math.max(keyring.kdf.iterations, DEFAULT_ITERATIONS),
): Promise<{ keyring: Keyring; kek: Uint8Array<ArrayBuffer> }> {
  const oldKek = await importKek(await deriveKekBytes(oldPassphrase, keyring.kdf));
  let rawDataKey: Uint8Array<ArrayBuffer>;
  let pkcs8: Uint8Array<ArrayBuffer>;
  try {
    rawDataKey = await gcmDecrypt(oldKek, keyring.wrappedDataKey, 'keyring:data-key');
    pkcs8 = await gcmDecrypt(oldKek, keyring.wrappedPrivateKey, 'keyring:private-key');
  } catch {
    throw new WrongPassphraseError();
  }
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(globalThis.crypto.getRandomValues(new Uint8Array(16))) };
  const kekBytes = await deriveKekBytes(newPassphrase, kdf);
  const kek = await importKek(kekBytes);
  const next: Keyring = {
    v: 1,
    kdf,
    wrappedDataKey: await gcmEncrypt(kek, rawDataKey, 'keyring:data-key'),
    wrappedPrivateKey: await gcmEncrypt(kek, pkcs8, 'keyring:private-key'),
    publicKey: keyring.publicKey,
  };
  rawDataKey.fill(0);
  pkcs8.fill(0);
  return { keyring: next, kek: kekBytes };
}

/** Encrypts a value with the data key; `aad` binds it to its record (for example "reflection:<id>"). */
export async function sealWithKey(dataKey: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  return { v: 1, by: 'key', ...(await gcmEncrypt(dataKey, enc.encode(JSON.stringify(value)), aad)) };
}

/** Seals a value to the public key, for writing while locked. */
export async function sealToPublic(publicKey: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  const eph = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveKey'])) as CryptoKeyPair;
  const key = await subtle().deriveKey({ name: 'ECDH', public: publicKey }, eph.privateKey, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  return { v: 1, by: 'seal', epk: await subtle().exportKey('jwk', eph.publicKey), ...(await gcmEncrypt(key, enc.encode(JSON.stringify(value)), aad)) };
}

/** Opens a sealed value (either kind) with the open keys; throws when it was changed or belongs elsewhere. */
export async function openSealed<T>(keys: OpenKeys, sealed: Sealed, aad: string): Promise<T> {
  let key = keys.dataKey;
  if (sealed.by === 'seal') {
    const epk = await subtle().importKey('jwk', sealed.epk, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    key = await subtle().deriveKey({ name: 'ECDH', public: epk }, keys.privateKey, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  }
  return JSON.parse(dec.decode(await gcmDecrypt(key, sealed, aad))) as T;
}

/** Encrypts a whole export with a key derived from the passphrase (its own salt), for an encrypted export file. */
export async function encryptFile(text: string, passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<{ kdf: KdfParams; iv: string; ct: string }> {
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(globalThis.crypto.getRandomValues(new Uint8Array(16))) };
  const key = await importKek(await deriveKekBytes(passphrase, kdf));
  return { kdf, ...(await gcmEncrypt(key, enc.encode(text), 'export-file')) };
}

/** Decrypts an encrypted export file; throws WrongPassphraseError when the passphrase does not fit. */
export async function decryptFile(file: { kdf: KdfParams; iv: string; ct: string }, passphrase: string): Promise<string> {
  const key = await importKek(await deriveKekBytes(passphrase, file.kdf));
  try {
    return dec.decode(await gcmDecrypt(key, file, 'export-file'));
  } catch {
    throw new WrongPassphraseError();
  }
}
