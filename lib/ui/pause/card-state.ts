import type { CloseChoice, ShowRequest } from '../../protocol/frame';
import type { EventKind } from '../../model';
import { errorCode, type BackgroundApi } from '../../protocol/to-background';
import { builtInNudges, type Nudge } from '../../nudges/catalogue';
import { pickNudge, type PickHistory } from '../../nudges/picker';
import { hasWords, type CheckInValue } from './check-in';

/** Which of the card's views is showing. */
export type View = 'main' | 'later' | 'later-done' | 'checkin' | 'saved' | 'draft' | 'less' | 'less-done';

/** What is kept while unsaved. */
export interface Drafts {
  checkIn?: CheckInValue;
  draft?: string;
}

/** Drafts with this check-in kept, or dropped once it holds nothing (so storage never keeps an empty form). */
export function withCheckIn(drafts: Drafts, value: CheckInValue): Drafts {
  return { ...drafts, checkIn: hasWords(value) ? value : undefined };
}

/** Drafts with this text kept, or dropped when it is only blank. */
export function withDraft(drafts: Drafts, text: string): Drafts {
  return { ...drafts, draft: text.trim() ? text : undefined };
}

/** Drafts loaded from storage joined with those typed meanwhile: what was typed meanwhile is newer and wins. */
export function mergeLoadedDrafts(loaded: Drafts, meanwhile: Drafts): Drafts {
  return { ...loaded, ...meanwhile };
}

/** The nudge for this opening: the one asked for (preview, practice), else a fresh pick from the pool. */
export function nudgeFor(
  req: ShowRequest,
  pool: readonly Nudge[],
  history: PickHistory,
  disabledKinds: readonly string[],
): Nudge | undefined {
  const asked = req.nudgeId ? pool.find((x) => x.id === req.nudgeId) ?? builtInNudges.find((x) => x.id === req.nudgeId) : undefined;
  return asked ?? pickNudge(pool, history, disabledKinds);
}

/** What Escape means: before a send it keeps the draft, otherwise it is "Not now". */
export function escapeChoice(req: ShowRequest | null): CloseChoice {
  return req?.trigger === 'send' ? 'draft-kept' : 'not-now';
}

/** The event a closing choice counts as, if it is not counted where it happened (later, check-in, snooze, hide). */
export function closeEvent(choice: CloseChoice): EventKind | undefined {
  if (choice === 'ready' || choice === 'not-now' || choice === 'draft-kept') return choice;
  if (choice === 'send-now') return 'sent';
  return undefined;
}

/** An event for the background: which nudge, and how long the card was open (not for 'shown'). */
export function eventPayload(
  site: string,
  kind: EventKind,
  nudge: Nudge | undefined,
  elapsedMs: () => number,
): BackgroundApi['event.add']['in'] {
  const payload: BackgroundApi['event.add']['in'] = { site, kind };
  if (nudge) payload.nudgeId = nudge.id;
  if (kind !== 'shown') payload.durationMs = Math.max(0, elapsedMs());
  return payload;
}

/** The background's own words for a storage fault (already in the person's language), shown as they are. */
export function storageWords(err: unknown): string | undefined {
  return errorCode(err) === 'storage' && err instanceof Error ? err.message : undefined;
}
