import type { DBSchema } from 'idb';
import type { Keyring, Sealed } from '../crypto/vault';

/** What the person chose when the pause appeared. */
export type Choice = 'ready' | 'later' | 'not-now' | 'check-in' | 'sent' | 'draft-kept';
/** Kinds of pause events (no text is ever kept with an event). */
export type EventKind =
  | 'shown'
  | 'ready'
  | 'later'
  | 'check-in'
  | 'not-now'
  | 'snoozed'
  | 'sent'
  | 'draft-kept';

/** One check-in. */
export interface Reflection {
  id: string;
  createdAt: number;
  updatedAt: number;
  site: string;
  /** Hashed conversation, when known. */
  conversation?: string;
  nudgeId?: string;
  nudgeKind?: string;
  choice: Choice;
  feelings: string[];
  intensity?: number;
  note: string;
  otherMind?: string;
  win: boolean;
}

/** The fields of a reflection that only the person may read (encrypted when the lock is on). */
export type PrivateFields = Pick<Reflection, 'feelings' | 'intensity' | 'note' | 'otherMind' | 'win'>;
export const privateFieldNames = ['feelings', 'intensity', 'note', 'otherMind', 'win'] as const;

/** A reflection as stored with the lock on: its private fields sealed, bound to its id. */
export type SealedReflection = Omit<Reflection, keyof PrivateFields> & { sealed: Sealed };
/** A reflection as stored: plain, or sealed. */
export type StoredReflection = Reflection | SealedReflection;

/** A conversation the person chose to answer later. */
export interface LaterItem {
  id: string;
  createdAt: number;
  /** Null when the person chose "no reminder". */
  dueAt: number | null;
  site: string;
  url: string;
  status: 'pending' | 'done';
  reminded: boolean;
}

/** A pause event, for gentle insights. */
export interface PauseEvent {
  id: string;
  at: number;
  site: string;
  kind: EventKind;
  nudgeId?: string;
  durationMs?: number;
}

/**
 * The person's words for a nudge: an edit of a built-in one (same id as the
 * built-in, `builtIn: true`; "Restore" deletes it) or a nudge of their own.
 */
export interface CustomNudge {
  id: string;
  kind: string;
  text: string;
  builtIn: boolean;
  createdAt: number;
  updatedAt: number;
}

/** An own nudge as stored with the lock on: its words sealed. */
export type SealedNudge = Omit<CustomNudge, 'text'> & { sealed: Sealed };
/** A nudge as stored: plain, or sealed. */
export type StoredNudge = CustomNudge | SealedNudge;

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
    value: LaterItem;
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
