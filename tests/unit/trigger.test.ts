import { describe, expect, it } from 'vitest';
import { defaultSettings, EVERYWHERE, type Settings } from '../../lib/settings-model';
import { hashConversation } from '../../lib/trigger/conversation';
import { isReplyStartKey, isSendKey, type KeyLike } from '../../lib/trigger/keys';
import { decidePause, inQuietHours, type PauseContext } from '../../lib/trigger/policy';
import { sites } from '../../lib/sites/registry';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  keyCode: 0,
  ...mods,
});

describe('keys', () => {
  it('a printable character starts a reply; shortcuts, navigation and IME do not', () => {
    expect(isReplyStartKey(key('h'))).toBe(true);
    expect(isReplyStartKey(key('H', { shiftKey: true }))).toBe(true);
    expect(isReplyStartKey(key('é'))).toBe(true);
    expect(isReplyStartKey(key('😀'))).toBe(true);
    expect(isReplyStartKey(key('@', { ctrlKey: true, altKey: true }))).toBe(true); // AltGr
    expect(isReplyStartKey(key('c', { ctrlKey: true }))).toBe(false);
    expect(isReplyStartKey(key('v', { metaKey: true }))).toBe(false);
    expect(isReplyStartKey(key('ArrowUp'))).toBe(false);
    expect(isReplyStartKey(key('Enter'))).toBe(false);
    expect(isReplyStartKey(key('Tab'))).toBe(false);
    expect(isReplyStartKey(key('a', { isComposing: true }))).toBe(false);
    expect(isReplyStartKey(key('Process', { keyCode: 229 }))).toBe(false);
  });
  it('knows which Enter sends', () => {
    expect(isSendKey(key('Enter'), 'enter')).toBe(true);
    expect(isSendKey(key('Enter', { shiftKey: true }), 'enter')).toBe(false);
    expect(isSendKey(key('Enter', { ctrlKey: true }), 'enter')).toBe(false);
    expect(isSendKey(key('Enter', { ctrlKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key('Enter', { metaKey: true }), 'mod-enter')).toBe(true);
    expect(isSendKey(key('Enter'), 'mod-enter')).toBe(false);
    expect(isSendKey(key('Enter', { isComposing: true }), 'enter')).toBe(false);
  });
});

describe('conversation hash', () => {
  it('is stable, salted and does not contain the key', () => {
    const a = hashConversation('whatsapp', '447700900001@c.us', 'salt1');
    expect(a).toBe(hashConversation('whatsapp', '447700900001@c.us', 'salt1'));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(hashConversation('whatsapp', '447700900001@c.us', 'salt2'));
    expect(a).not.toBe(hashConversation('whatsapp', '447700900002@c.us', 'salt1'));
    expect(a).not.toBe(hashConversation('slack', '447700900001@c.us', 'salt1'));
  });
});

describe('pause policy', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 27, h, m).getTime();
  const ctx = (over: Partial<PauseContext> = {}, s: Partial<Settings> = {}): PauseContext => ({
    now: at(12),
    siteId: 'whatsapp',
    conversation: 'c1',
    // The person chose WhatsApp (a fresh install chooses nothing: see below).
    settings: { ...defaultSettings, enabledSites: ['whatsapp'], ...s },
    snoozes: {},
    recent: new Map(),
    marks: new Set(),
    ...over,
  });

  it('pauses by default', () => {
    expect(decidePause(ctx())).toEqual({ pause: true });
  });
  it('rests within the cooldown of the same conversation only', () => {
    const recent = new Map([['c1', at(11, 55)]]);
    expect(decidePause(ctx({ recent }))).toEqual({ pause: false, reason: 'cooldown' });
    expect(decidePause(ctx({ recent, conversation: 'c2' }))).toEqual({ pause: true });
    expect(decidePause(ctx({ recent: new Map([['c1', at(11, 49)]]) }))).toEqual({ pause: true });
  });
  it('uses the whole site as the conversation when it cannot be told', () => {
    const recent = new Map([['site:whatsapp', at(11, 58)]]);
    expect(decidePause(ctx({ recent, conversation: null }))).toMatchObject({ reason: 'cooldown' });
  });
  it('respects snoozes, turned-off sites, quiet hours and marks', () => {
    expect(decidePause(ctx({ snoozes: { whatsapp: at(13) } }))).toMatchObject({ reason: 'snoozed' });
    expect(decidePause(ctx({ snoozes: { whatsapp: at(11) } }))).toEqual({ pause: true });
    expect(decidePause(ctx({ snoozes: { whatsapp: 'never' } }))).toMatchObject({ reason: 'snoozed' });
    expect(decidePause(ctx({}, { enabledSites: ['slack'] }))).toMatchObject({ reason: 'site-off' });
    expect(
      decidePause(ctx({ now: at(23) }, { quietHours: { enabled: true, from: '22:00', to: '07:00' } })),
    ).toMatchObject({ reason: 'quiet-hours' });
    expect(decidePause(ctx({}, { onlyMarked: true }))).toMatchObject({ reason: 'not-marked' });
    expect(decidePause(ctx({ marks: new Set(['c1']) }, { onlyMarked: true }))).toEqual({ pause: true });
  });
  it('pauses only on the sites the person chose: a fresh install chooses none', () => {
    expect(decidePause(ctx({}, { enabledSites: defaultSettings.enabledSites }))).toEqual({ pause: false, reason: 'site-off' });
    expect(decidePause(ctx({ siteId: 'slack' }))).toEqual({ pause: false, reason: 'site-off' });
    expect(decidePause(ctx({ siteId: 'custom:social.example' }, { enabledSites: ['custom:social.example'] }))).toEqual({ pause: true });
  });
  it('quiet hours work within a day and across midnight', () => {
    expect(inQuietHours(at(23), '22:00', '07:00')).toBe(true);
    expect(inQuietHours(at(6, 59), '22:00', '07:00')).toBe(true);
    expect(inQuietHours(at(7), '22:00', '07:00')).toBe(false);
    expect(inQuietHours(at(13), '12:00', '14:00')).toBe(true);
    expect(inQuietHours(at(14), '12:00', '14:00')).toBe(false);
    expect(inQuietHours(at(14), '12:00', '12:00')).toBe(false);
  });
});

describe('"Rest everywhere" (the popup), kept with the snoozes under a reserved key', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 27, h, m).getTime();
  const ctx = (snoozes: PauseContext['snoozes'], siteId = 'whatsapp'): PauseContext => ({
    now: at(12),
    siteId,
    conversation: 'c1',
    settings: { ...defaultSettings, enabledSites: ['whatsapp', 'slack', 'custom:social.example'] },
    snoozes,
    recent: new Map(),
    marks: new Set(),
  });

  it('rests every site, built-in or the person\'s own, until its time', () => {
    expect(decidePause(ctx({ [EVERYWHERE]: at(13) }))).toEqual({ pause: false, reason: 'snoozed' });
    expect(decidePause(ctx({ [EVERYWHERE]: at(13) }, 'slack'))).toEqual({ pause: false, reason: 'snoozed' });
    expect(decidePause(ctx({ [EVERYWHERE]: at(13) }, 'custom:social.example'))).toEqual({ pause: false, reason: 'snoozed' });
  });
  it('"until I turn it back on" rests with no end', () => {
    expect(decidePause(ctx({ [EVERYWHERE]: 'never' }))).toEqual({ pause: false, reason: 'snoozed' });
  });
  it('pauses again once its time has passed, or once it is undone (the key removed)', () => {
    expect(decidePause(ctx({ [EVERYWHERE]: at(12) }))).toEqual({ pause: true });
    expect(decidePause(ctx({ [EVERYWHERE]: at(11) }))).toEqual({ pause: true });
    expect(decidePause(ctx({}))).toEqual({ pause: true });
  });
  it('the reserved key is no site\'s id (built-in ids are words, the person\'s own are "custom:<host>")', () => {
    expect(sites.map((s) => s.id)).not.toContain(EVERYWHERE);
    expect(sites.every((s) => /^[a-z][a-z0-9-]*$/.test(s.id))).toBe(true);
  });
});
