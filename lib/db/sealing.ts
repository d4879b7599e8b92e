import { openSealed, sealWithKey, type OpenKeys } from '../crypto/vault';
import { PRIVATE_FIELD_NAMES as privateFieldNames, type LaterItem, type PrivateFields, type Reflection } from '../model';
import type { SealedLater, SealedNudge, SealedReflection, StoredLater, StoredNudge, StoredReflection } from './schema';

/**
 * How each kind of record is sealed with the data key (lib/db/lock.ts decides when): which fields are private,
 * and the associated data that binds each sealed box to its record, so a box moved to another record never opens.
 */

/** A reflection stored with its private fields sealed. */
export const isSealedReflection = (r: StoredReflection): r is SealedReflection => 'sealed' in r;
/** An own nudge stored with its words sealed. */
export const isSealedNudge = (n: StoredNudge): n is SealedNudge => 'sealed' in n;
/** A Later item stored with its label sealed. */
export const isSealedLater = (l: StoredLater): l is SealedLater => 'sealed' in l;
/** What binds each kind of sealed box to its record. */
export const reflectionAad = (id: string): string => `reflection:${id}`;
export const nudgeAad = (id: string): string => `nudge:${id}`;
export const laterAad = (id: string): string => `later:${id}`;

/** A reflection split into what stays open (times, site, choice) and its private fields. */
export function splitReflection(r: Reflection): { open: Omit<Reflection, keyof PrivateFields>; priv: PrivateFields } {
  const open: Record<string, unknown> = { ...r };
  const priv: Record<string, unknown> = {};
  for (const k of privateFieldNames) {
    if (k in open) priv[k] = open[k];
    delete open[k];
  }
  return { open: open as Omit<Reflection, keyof PrivateFields>, priv: priv as PrivateFields };
}

/** A reflection with its private fields sealed by the data key, bound to its id. */
export async function sealedWithKey(dataKey: CryptoKey, r: Reflection): Promise<SealedReflection> {
  const { open, priv } = splitReflection(r);
  return { ...open, sealed: await sealWithKey(dataKey, priv, reflectionAad(r.id)) };
}

/** A Later item with its label sealed by the data key, bound to its id (an item without a label stays as it is). */
export async function laterSealedWithKey(dataKey: CryptoKey, item: LaterItem): Promise<StoredLater> {
  if (item.label === undefined) return item;
  const { label, ...open } = item;
  return { ...open, sealed: await sealWithKey(dataKey, label, laterAad(item.id)) };
}

/** A stored Later item, readable with `keys` (null: locked); a label that cannot be opened is left out. */
export async function openLaterWith(keys: OpenKeys | null, item: StoredLater): Promise<LaterItem> {
  if (!isSealedLater(item)) return item;
  const { sealed: box, ...open } = item;
  const label = keys ? await openSealed<string>(keys, box, laterAad(item.id)).catch(() => undefined) : undefined;
  return label === undefined ? open : { ...open, label };
}
