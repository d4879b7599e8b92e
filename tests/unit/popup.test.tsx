import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/settings-model';
import { askEarly, firstQuestions } from '../../lib/ui/popup/early';
import { PopupApp } from '../../lib/ui/popup/PopupApp';
import type { BackgroundCaller } from '../../lib/protocol/to-background';

const tick = () => new Promise((r) => setTimeout(r, 40));

/** A background that answers from a table and writes down every question. */
function fakeBackground(answers: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const api = (async (type: string, payload: unknown) => {
    asked.push(`${type} ${JSON.stringify(payload)}`);
    if (type in answers) {
      const a = answers[type];
      if (a instanceof Error) throw a;
      return typeof a === 'function' ? (a as () => unknown)() : a;
    }
    if (type === 'lock.status') return { enabled: false, locked: false };
    if (type === 'reflections.query') return { items: [], total: 0, unreadable: 0 };
    if (type === 'reflections.sites') return { sites: [] };
    return null;
  }) as BackgroundCaller;
  return { api, asked };
}

const header = {
  current: async () => null,
  settings: { load: async () => defaultSettings, save: async () => undefined },
  snoozes: { load: async () => ({}), save: async () => undefined },
  marks: { load: async () => [], save: async () => undefined },
};

function showPopup(api: BackgroundCaller) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<PopupApp api={api} header={header} openUrl={() => undefined} saveFile={() => undefined} onJournalChanged={() => () => undefined} />, root);
  return () => render(null, root);
}

const oneReflection = {
  items: [{ id: 'r1', createdAt: Date.now(), updatedAt: Date.now(), site: 'whatsapp', choice: 'check-in', feelings: ['calm'], note: 'a quiet evening', win: false }],
  total: 1,
  unreadable: 0,
};

/** A background whose list query fails `times` times with `reason`, then answers with one reflection. */
function failingFirst(times: number, reason: string): BackgroundCaller {
  let fails = times;
  return fakeBackground({
    'reflections.query': () => {
      if (fails-- > 0) throw new Error(reason);
      return oneReflection;
    },
  }).api;
}

describe('the popup when the background does not answer at first', () => {
  it('tries once more by itself, and shows the list without a word about it', async () => {
    const close = showPopup(failingFirst(1, 'Could not establish connection. Receiving end does not exist.'));
    await new Promise((r) => setTimeout(r, 600));
    expect(document.body.textContent).toContain('a quiet evening');
    expect(document.querySelector('[role="alert"]')).toBeNull();
    close();
  });

  it('says so kindly when it still fails, and "Try again" loads the list', async () => {
    const close = showPopup(failingFirst(2, 'no answer'));
    await new Promise((r) => setTimeout(r, 600));
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('They are still safe on this device.');
    expect(document.body.textContent).not.toContain('a quiet evening');
    [...alert!.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click();
    await tick();
    expect(document.body.textContent).toContain('a quiet evening');
    expect(document.querySelector('[role="alert"]')).toBeNull();
    close();
  });
});

describe('the popup asks its first questions early', () => {
  it('asks exactly what the popup itself asks first, so each early answer is taken and nothing is asked twice', async () => {
    const bg = fakeBackground();
    const early = askEarly(bg.api, firstQuestions);
    const close = showPopup(early.api);
    await tick();
    await tick();
    // Each first question reached the background once: early, and never again when the popup asked it.
    for (const [type, payload] of firstQuestions) {
      expect(bg.asked.filter((a) => a === `${type} ${JSON.stringify(payload)}`)).toHaveLength(1);
    }
    expect(bg.asked).toHaveLength(firstQuestions.length);
    expect(document.body.textContent).toContain('Nothing here yet');
    close();
  });

  it('hands an early answer once; the same question asked again goes to the background', async () => {
    let n = 0;
    const bg = fakeBackground({ 'lock.status': () => ({ enabled: false, locked: false, n: ++n }) });
    const early = askEarly(bg.api, [['lock.status', null]]);
    await expect(early.api('lock.status', null)).resolves.toMatchObject({ n: 1 });
    await expect(early.api('lock.status', null)).resolves.toMatchObject({ n: 2 });
    expect(bg.asked).toEqual(['lock.status null', 'lock.status null']);
  });

  it('only matches the same question with the same payload', async () => {
    const bg = fakeBackground();
    const early = askEarly(bg.api, [['reflections.query', { query: {}, limit: 40 }]]);
    await early.api('reflections.query', { query: { text: 'calm' }, limit: 40 });
    await early.api('reflections.query', { query: {}, limit: 40 });
    expect(bg.asked).toEqual(['reflections.query {"query":{},"limit":40}', 'reflections.query {"query":{"text":"calm"},"limit":40}']);
  });

  it('asks afresh when the early answer waited too long, or after forget() (the journal changed)', async () => {
    let clock = 0;
    const bg = fakeBackground();
    const late = askEarly(bg.api, [['reflections.sites', null]], () => clock);
    clock = 2500;
    await late.api('reflections.sites', null);
    expect(bg.asked).toEqual(['reflections.sites null', 'reflections.sites null']);

    const changed = fakeBackground();
    const early = askEarly(changed.api, [['reflections.sites', null]]);
    early.forget();
    await early.api('reflections.sites', null);
    expect(changed.asked).toEqual(['reflections.sites null', 'reflections.sites null']);
  });

  it('never hands on a failed early answer: asked while locked, taken after unlocking, it is asked afresh', async () => {
    let locked = true;
    const bg = fakeBackground({
      'reflections.query': () => {
        if (locked) throw new Error('locked');
        return oneReflection;
      },
    });
    const early = askEarly(bg.api, [['reflections.query', { query: {}, limit: 40 }]]);
    await tick();
    locked = false;
    await expect(early.api('reflections.query', { query: {}, limit: 40 })).resolves.toEqual(oneReflection);
    expect(bg.asked).toHaveLength(2);
  });

  it('passes on a failure that happens again, and an answer never taken raises nothing', async () => {
    const bg = fakeBackground({ 'lock.status': new Error('no') });
    const early = askEarly(bg.api, [['lock.status', null]]);
    await expect(early.api('lock.status', null)).rejects.toThrow('no');
    expect(bg.asked).toHaveLength(2);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    askEarly(fakeBackground({ 'reflections.sites': new Error('never taken') }).api, [['reflections.sites', null]]);
    await tick();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
