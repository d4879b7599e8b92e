import { describe, expect, it } from 'vitest';
import type { ShowRequest } from '../../lib/protocol/frame';
import { CodedError } from '../../lib/protocol/to-background';
import type { Nudge } from '../../lib/nudges/catalogue';
import { cardKeys } from '../../lib/ui/pause/card-keys';
import {
  closeEvent,
  escapeChoice,
  eventPayload,
  mergeLoadedDrafts,
  nudgeFor,
  storageWords,
  withCheckIn,
  withDraft,
} from '../../lib/ui/pause/card-state';
import { checkInToReflectionInput, emptyCheckIn, hasWords } from '../../lib/ui/pause/check-in';

const show = (over: Partial<ShowRequest> = {}): ShowRequest => ({
  type: 'show',
  site: 'whatsapp',
  siteName: 'WhatsApp',
  conversation: null,
  url: 'https://web.whatsapp.com/',
  trigger: 'start',
  ...over,
});
const own: Nudge = { id: 'own-1', kind: 'own', text: 'My own words' };

describe('a check-in as a reflection', () => {
  it('sends what the person gave, with where and after which nudge', () => {
    const value = { feelings: ['tense'], intensity: 3, note: 'a note', otherMind: 'busy day', win: true };
    expect(checkInToReflectionInput(value, { site: 'whatsapp', conversation: 'c1' }, own)).toEqual({
      site: 'whatsapp',
      choice: 'check-in',
      feelings: ['tense'],
      note: 'a note',
      win: true,
      conversation: 'c1',
      nudgeId: 'own-1',
      nudgeKind: 'own',
      intensity: 3,
      otherMind: 'busy day',
    });
  });
  it('leaves out what was not given (no conversation, nudge, strength or blank other mind)', () => {
    const input = checkInToReflectionInput({ ...emptyCheckIn, otherMind: '  ' }, { site: 'signal', conversation: null });
    expect(input).toEqual({ site: 'signal', choice: 'check-in', feelings: [], note: '', win: false });
    expect(Object.keys(input)).toEqual(['site', 'choice', 'feelings', 'note', 'win']);
  });
  it('knows an empty form from one with anything in it', () => {
    expect(hasWords(emptyCheckIn)).toBe(false);
    expect(hasWords({ ...emptyCheckIn, note: '  ' })).toBe(false);
    expect(hasWords({ ...emptyCheckIn, win: true })).toBe(true);
    expect(hasWords({ ...emptyCheckIn, intensity: 1 })).toBe(true);
  });
});

describe('unsaved words', () => {
  it('keeps a check-in with words and drops an empty one', () => {
    const v = { ...emptyCheckIn, note: 'kept' };
    expect(withCheckIn({ draft: 'hi' }, v)).toEqual({ draft: 'hi', checkIn: v });
    expect(withCheckIn({ draft: 'hi', checkIn: v }, emptyCheckIn)).toEqual({ draft: 'hi', checkIn: undefined });
  });
  it('keeps a draft with words and drops a blank one', () => {
    expect(withDraft({}, 'Hello')).toEqual({ draft: 'Hello' });
    expect(withDraft({ draft: 'Hello' }, ' \n')).toEqual({ draft: undefined });
  });
  it('lets words typed while storage was loading win over the loaded ones', () => {
    expect(mergeLoadedDrafts({ draft: 'old', checkIn: emptyCheckIn }, { draft: 'new' })).toEqual({ draft: 'new', checkIn: emptyCheckIn });
  });
});

describe('opening and closing the card', () => {
  it('shows the nudge asked for (own words first, then built-in), else picks one', () => {
    expect(nudgeFor(show({ nudgeId: 'own-1' }), [own], { ids: [], kinds: [] }, [])).toBe(own);
    expect(nudgeFor(show({ nudgeId: 'breathe-circle' }), [own], { ids: [], kinds: [] }, [])?.id).toBe('breathe-circle');
    expect(nudgeFor(show(), [own], { ids: [], kinds: [] }, [])).toBe(own);
    expect(nudgeFor(show(), [], { ids: [], kinds: [] }, [])).toBeUndefined();
  });
  it('treats Escape as "Not now", or as keeping the draft before a send', () => {
    expect(escapeChoice(show())).toBe('not-now');
    expect(escapeChoice(show({ trigger: 'send' }))).toBe('draft-kept');
    expect(escapeChoice(null)).toBe('not-now');
  });
  it('counts a closing choice once: steps counted where they happened are not counted again', () => {
    expect(closeEvent('ready')).toBe('ready');
    expect(closeEvent('not-now')).toBe('not-now');
    expect(closeEvent('draft-kept')).toBe('draft-kept');
    expect(closeEvent('send-now')).toBe('sent');
    for (const c of ['later', 'check-in', 'snoozed', 'hidden'] as const) expect(closeEvent(c)).toBeUndefined();
  });
  it('reports which nudge and how long, never a time for "shown"', () => {
    let asked = 0;
    const elapsed = () => (asked++, -5);
    expect(eventPayload('whatsapp', 'shown', own, elapsed)).toEqual({ site: 'whatsapp', kind: 'shown', nudgeId: 'own-1' });
    expect(asked).toBe(0);
    expect(eventPayload('whatsapp', 'ready', undefined, () => 1200)).toEqual({ site: 'whatsapp', kind: 'ready', durationMs: 1200 });
    expect(eventPayload('whatsapp', 'ready', undefined, elapsed).durationMs).toBe(0);
  });
  it("shows the background's words for a storage fault, and nothing of other errors", () => {
    expect(storageWords(new CodedError('The journal is full', 'storage'))).toBe('The journal is full');
    expect(storageWords(new Error('boom'))).toBeUndefined();
  });
});

describe('keys on the card', () => {
  it('hears Escape, and three lone Shift taps within a second and a half', () => {
    const keys = cardKeys();
    expect(keys.down('Escape', false)).toBe(true);
    const tap = (at: number) => (keys.down('Shift', false), keys.up('Shift', at));
    expect([tap(0), tap(500), tap(1000)]).toEqual([false, false, true]);
    expect([tap(2000), tap(3000), tap(4000)]).toEqual([false, false, false]);
  });
  it('never counts Shift used with another key (Shift+Tab, capitals), which starts the count afresh', () => {
    const keys = cardKeys();
    const tap = (at: number) => (keys.down('Shift', false), keys.up('Shift', at));
    tap(0);
    tap(100);
    keys.down('Shift', false);
    keys.down('Tab', false);
    expect(keys.up('Shift', 200)).toBe(false);
    expect([tap(300), tap(400)]).toEqual([false, false]);
    keys.down('Shift', false);
    keys.down('Shift', true);
    expect(keys.up('Shift', 500)).toBe(true);
  });
});
