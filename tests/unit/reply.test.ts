import { describe, expect, it } from 'vitest';
import type { PauseMode } from '../../lib/settings-model';
import { IDLE, stepReply, type ReplyEvent, type ReplyMoment } from '../../lib/trigger/reply';

/** Runs events from a moment; returns the last moment and every card that was asked for on the way. */
function run(mode: PauseMode, events: ReplyEvent[], from: ReplyMoment = IDLE) {
  let m = from;
  const asked: string[] = [];
  for (const e of events) {
    const [next, ask] = stepReply(m, mode, ...e);
    if (ask) asked.push(ask);
    m = next;
  }
  return { m, asked };
}

describe('a reply moment', () => {
  it('asks for one card as a reply starts; after the card closed, keys of that reply ask nothing', () => {
    const { m, asked } = run('start', [['key'], ['shown', 'start'], ['closed', 'not-now'], ['key'], ['key'], ['key']]);
    expect(asked).toEqual(['start']);
    expect(m).toEqual({ phase: 'writing', startCard: true });
  });

  it('closes into writing whatever the choice, except "Send now" (then the reply is sent)', () => {
    for (const choice of ['ready', 'not-now', 'later', 'check-in', 'snoozed', 'draft-kept', 'hidden', undefined] as const) {
      expect(run('start', [['key'], ['shown', 'start'], ['closed', choice]]).m.phase).toBe('writing');
    }
    expect(run('send', [['send'], ['shown', 'send'], ['closed', 'send-now']]).m.phase).toBe('sent');
  });

  it('a send ends the reply: the next key (the composer emptied) starts another, which may pause again', () => {
    const { m, asked } = run('start', [['key'], ['shown', 'start'], ['closed', 'ready'], ['key'], ['send'], ['key', false]]);
    expect(asked).toEqual(['start', 'start']);
    expect(m).toEqual({ phase: 'writing' });
  });

  it('a send that did not take (the text is still there) keeps the reply and its cards', () => {
    const { m, asked } = run('send', [['key'], ['send'], ['shown', 'send'], ['closed', 'send-now'], ['send', true]]);
    expect(asked).toEqual(['send']);
    expect(m).toEqual({ phase: 'sent', sendCard: true });
    // Words added to a message whose send did not take: still the same reply.
    expect(run('both', [['key', true], ['send', true]], m).asked).toEqual([]);
    // Another message typed without a key we see (an input method) and sent: a new reply, with its own card.
    expect(run('send', [['send', false]], m).asked).toEqual(['send']);
  });

  it('"both": one card as the reply starts and one as it is sent, never a third', () => {
    const { asked } = run('both', [['key'], ['shown', 'start'], ['closed', 'ready'], ['key'], ['send'], ['shown', 'send'], ['closed', 'draft-kept'], ['key'], ['send']]);
    expect(asked).toEqual(['start', 'send']);
  });

  it('"when I press send": keys never ask; one card at send; "reply starts" mode: sends never ask', () => {
    expect(run('send', [['key'], ['key'], ['send'], ['shown', 'send'], ['closed', 'not-now'], ['send']]).asked).toEqual(['send']);
    expect(run('start', [['key'], ['send'], ['send', true]]).asked).toEqual(['start']);
  });

  it('a composer left empty ends the reply; left with words, the reply goes on; the card taking focus is not leaving', () => {
    const writing: ReplyMoment = { phase: 'writing', startCard: true };
    expect(run('start', [['left', true]], writing).m).toBe(IDLE);
    expect(run('start', [['left', false]], writing).m).toBe(writing);
    const card: ReplyMoment = { phase: 'card', startCard: true };
    expect(run('start', [['left', true]], card).m).toBe(card);
  });

  it('another conversation is another reply', () => {
    expect(run('both', [['key'], ['shown', 'start'], ['closed', 'ready'], ['navigated'], ['key']]).asked).toEqual(['start', 'start']);
  });

  it('changed settings decide again only a reply that had no card', () => {
    expect(run('start', [['key'], ['changed'], ['key']]).asked).toEqual(['start', 'start']);
    expect(run('start', [['key'], ['shown', 'start'], ['closed', 'ready'], ['changed'], ['key']]).asked).toEqual(['start']);
  });

  it('never holds a key when a card phase lingers without a card', () => {
    const { m, asked } = run('both', [['key']], { phase: 'card', startCard: true });
    expect(asked).toEqual([]);
    expect(m.phase).toBe('writing');
  });

  it('what the composer holds only matters right after a send', () => {
    const writing: ReplyMoment = { phase: 'writing', startCard: true };
    expect(run('start', [['key', false]], writing).m).toEqual(writing);
  });
});
