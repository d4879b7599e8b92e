import type { DBSchema } from 'idb';
import type { Keyring, Sealed } from '../crypto/vault';
import type { CustomNudge, LaterItem, PauseEvent, PrivateFields, Reflection } from '../model';

/** The database's own shapes: how the domain model (lib/model) is stored, sealed or plain, and the meta store. */

/** A reflection as stored with the lock on: its private fields sealed, bound to its id. */
export type SealedReflection = Omit<Reflection, keyof PrivateFields> & { sealed: Sealed };
/** A reflection as stored: plain, or sealed. */
export type StoredReflection = Reflection | SealedReflection;

/** An own nudge as stored with the lock on: its words sealed. */
export type SealedNudge = Omit<CustomNudge, 'text'> & { sealed: Sealed };
/** A nudge as stored: plain, or sealed. */
export type StoredNudge = CustomNudge | SealedNudge;

/** A Later item as stored with the lock on and a label: the label sealed, bound to its id. */
export type SealedLater = Omit<LaterItem, 'label'> & { sealed: Sealed };
/** A Later item as stored: plain (with or without a label), or with its label sealed. */
export type StoredLater = LaterItem | SealedLater;

/** Small records about the journal itself (version 3): the keyring, when the lock is on. */
export interface MetaRecord {
  id: 'keyring';
  keyring: Keyring;
}

/** The IndexedDB schema (version 2 added the person's own nudges; version 3 the meta store for the lock). */
export interface JournalSchema extends DBSchema {
  reflections: {
    key: string;
    value: StoredReflection;
    indexes: { createdAt: number; site: string; choice: string };
  };
  later: {
    key: string;
    value: StoredLater;
    indexes: { dueAt: number; status: string };
  };
  events: {
    key: string;
    value: PauseEvent;
    indexes: { at: number };
  };
  nudges: {
    key: string;
    value: StoredNudge;
  };
  meta: {
    key: string;
    value: MetaRecord;
  };
}

/** The database's name and current version. */
export const DB_NAME = 'unhurried-journal';
export const DB_VERSION = 3;
