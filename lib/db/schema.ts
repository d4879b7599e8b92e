import type { DBSchema } from 'idb';

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

/** The IndexedDB schema (version 2: adds the person's own nudges). */
export interface JournalSchema extends DBSchema {
  reflections: {
    key: string;
    value: Reflection;
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
    value: CustomNudge;
  };
}

/** The database's name and current version. */
export const DB_NAME = 'unhurried-journal';
export const DB_VERSION = 2;
