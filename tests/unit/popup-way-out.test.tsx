import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../lib/i18n/all';
import { locales, setLocale, type Locale } from '../../lib/i18n';
import { defaultSettings, EVERYWHERE } from '../../lib/settings-model';
import { isResting } from '../../lib/trigger/snooze';
import { PopupApp } from '../../lib/ui/popup/PopupApp';
import { RestEverywhere } from '../../lib/ui/popup/RestEverywhere';
import { DiscreetWords, neutralPlurals, neutralWords } from '../../lib/ui/popup/words';
import type { BackgroundCaller } from '../../lib/protocol/to-background';

const tick = () => new Promise((r) => setTimeout(r, 60));
afterEach(() => setLocale('en', 'en-US'));

/** A snoozes store in memory, as storage.local holds it. */
function memorySnoozes(start: Record<string, number | 'never'> = {}) {
  let value = { ...start };
  return {
    load: async () => ({ ...value }),
    save: async (v: Record<string, number | 'never'>) => void (value = { ...v }),
    get value() {
      return value;
    },
    /** Another writer (the site's own snooze, a card) changes the record meanwhile. */
    set(key: string, until: number | 'never') {
      value = { ...value, [key]: until };
    },
  };
}

function show(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('Rest everywhere', () => {
  const now = new Date(2026, 10, 27, 22, 40).getTime();

  it('rests every site under the reserved key, keeps the other snoozes, and "Pause again" removes only its own', async () => {
    const store = memorySnoozes({ slack: 'never' });
    const root = show(<RestEverywhere snoozes={store} name="Unhurried" now={() => now} />);
    await tick();
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe('rest-everywhere-label');
    store.set('whatsapp', now + 5_000); // written elsewhere while the popup was open
    button(root, 'For today').click();
    await tick();
    await tick(); // the focus moves after the paint
    // "For today" late in the evening lasts through the night, until 05:00.
    expect(store.value).toEqual({ slack: 'never', whatsapp: now + 5_000, [EVERYWHERE]: new Date(2026, 10, 28, 5, 0).getTime() });
    expect(root.textContent).toMatch(/Unhurried is resting everywhere until 05:00/);
    expect(document.activeElement?.textContent).toBe('Pause again');
    button(root, 'Pause again').click();
    await tick();
    expect(store.value).toEqual({ slack: 'never', whatsapp: now + 5_000 });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Pauses are back on every site.');
    expect(document.activeElement?.textContent).toBe('For 1 hour');
  });

  it('"Until I turn it back on" has no end; a time that has passed is not resting', async () => {
    const store = memorySnoozes({ [EVERYWHERE]: now - 1 });
    const root = show(<RestEverywhere snoozes={store} name="Unhurried" now={() => now} />);
    await tick();
    expect(root.textContent).toContain('Rest everywhere:');
    button(root, 'Until I turn it back on').click();
    await tick();
    expect(store.value[EVERYWHERE]).toBe('never');
    expect(root.textContent).toContain('Unhurried is resting everywhere until you turn it back on.');
    expect(isResting('never', now)).toBe(true);
    expect(isResting(now, now)).toBe(false);
    expect(isResting(undefined, now)).toBe(false);
  });

  it('speaks neutral words in discreet mode', async () => {
    const root = show(
      <DiscreetWords.Provider value>
        <RestEverywhere snoozes={memorySnoozes({ [EVERYWHERE]: 'never' })} name="Notes" now={() => now} />
      </DiscreetWords.Provider>,
    );
    await tick();
    expect(root.textContent).toBe('Quiet everywhere until you turn it back on. Turn back on');
  });
});

/** The telling words of each language: the product, its journal's names, pauses and replies. */
const startOfWord = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})`, 'iu');
const telling: Record<Locale, RegExp> = {
  en: startOfWord('unhurried|reflect|insight|pause|repl(y|ie)|check-in'),
  es: startOfWord('unhurried|reflexi|pausa|respuest|respond|registr'),
  fr: startOfWord('unhurried|réflexion|pause|répon|point fait'),
  de: startOfWord('unhurried|reflexion|pause|pausier|antwort|geantwortet|nachgesp'),
  pt: startOfWord('unhurried|reflex|pausa|pausar|respost|respond|registro'),
};

describe('discreet mode\'s neutral words', () => {
  it('exist for every telling word, differ from it, and tell nothing, in every language', () => {
    for (const l of locales) {
      const c = catalogues[l] as Record<string, string | { one: string; other: string }>;
      for (const [from, to] of [...Object.entries(neutralWords), ...Object.entries(neutralPlurals)]) {
        const words = JSON.stringify(c[to!]);
        expect(words, `${l} ${to}`).not.toMatch(telling[l]);
        if (l === 'en') expect(words, `${l} ${from}`).not.toBe(JSON.stringify(c[from]));
      }
    }
  });

  it('the popup in discreet mode: neutral tabs, no telling word anywhere, in every language', async () => {
    const api = (async (type: string) => {
      if (type === 'lock.status') return { enabled: false, locked: false };
      if (type === 'reflections.query') return { items: [], total: 0, unreadable: 0 };
      if (type === 'reflections.sites') return { sites: [] };
      return null;
    }) as BackgroundCaller;
    const header = {
      current: async () => ({ site: 'whatsapp', siteName: 'WhatsApp Web', conversation: 'abc' }),
      settings: { load: async () => defaultSettings, save: async () => undefined },
      snoozes: memorySnoozes(),
      marks: { load: async () => [], save: async () => undefined },
    };
    for (const l of locales) {
      setLocale(l);
      const root = show(
        <PopupApp api={api} header={header} openUrl={() => undefined} saveFile={() => undefined} onJournalChanged={() => () => undefined} name="Notes" discreet openSettings={() => undefined} hide={() => undefined} />,
      );
      await tick();
      await tick();
      const names = [...root.querySelectorAll('[aria-label],[title],[placeholder]')].map((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' '));
      const text = `${root.textContent} ${names.join(' ')}`;
      expect(text, l).not.toMatch(telling[l]);
      expect(text, l).not.toContain('WhatsApp');
      expect(root.querySelectorAll('[role="tab"]')).toHaveLength(3);
    }
  });

  it('the popup: Settings and Export come before the list (never below it)', async () => {
    const opened: string[] = [];
    const api = (async (type: string) => (type === 'lock.status' ? { enabled: false, locked: false } : type === 'reflections.query' ? { items: [], total: 0, unreadable: 0 } : { sites: [] })) as BackgroundCaller;
    const header = {
      current: async () => null,
      settings: { load: async () => defaultSettings, save: async () => undefined },
      snoozes: memorySnoozes(),
      marks: { load: async () => [], save: async () => undefined },
    };
    const root = show(<PopupApp api={api} header={header} openUrl={() => undefined} saveFile={() => undefined} onJournalChanged={() => () => undefined} openSettings={() => opened.push('settings')} />);
    await tick();
    const order = [...root.querySelectorAll('button, [role="tablist"]')].map((e) => e.getAttribute('role') ?? e.textContent);
    expect(order.indexOf('Settings')).toBeLessThan(order.indexOf('tablist'));
    expect(order.indexOf('Export')).toBeLessThan(order.indexOf('tablist'));
    button(root, 'Settings').click();
    expect(opened).toEqual(['settings']);
  });
});
