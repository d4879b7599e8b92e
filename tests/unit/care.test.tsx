import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import type { HostToFrame } from '../../lib/protocol/frame';
import { defaultSettings, withDefaults, type BreathingPattern, type Settings } from '../../lib/settings-model';
import { helplines, helplinesFor, regionName } from '../../lib/ui/options/helplines';
import { SupportSection } from '../../lib/ui/options/sections/SupportSection';
import { BreathingSection } from '../../lib/ui/options/sections/BreathingSection';
import { PrivacySection } from '../../lib/ui/options/sections/PrivacySection';
import { PauseApp } from '../../lib/ui/pause/PauseApp';
import { CheckIn } from '../../lib/ui/pause/views/CheckIn';
import { emptyCheckIn, type CheckInValue } from '../../lib/ui/pause/check-in';
import { hideEverything, leavePage, type PageExit } from '../../lib/ui/shared/leave-page';
import { followPageTitle, pageTitle, type PageKind } from '../../lib/ui/shared/page-title';

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const mount = () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return root;
};

afterEach(() => setLocale('en', 'en-US'));

describe('page titles', () => {
  const kinds: PageKind[] = ['options', 'practice', 'welcome', 'card'];
  const telling = /unhurried|settings|practice|welcome|pause|reply|einstellungen|ajustes|réglages|configurações/i;

  it('name each page, and in discreet mode every page has only the neutral name, in every language', () => {
    expect(pageTitle('options', false)).toBe('Unhurried settings');
    expect(pageTitle('card', false)).toBe('A pause before replying');
    for (const l of ['en', 'es', 'fr', 'de', 'pt'] as const) {
      setLocale(l);
      for (const kind of kinds) {
        expect(pageTitle(kind, true), `${l} ${kind}`).toBe({ en: 'Notes', es: 'Notas', fr: 'Notes', de: 'Notizen', pt: 'Notas' }[l]);
        expect(pageTitle(kind, true), `${l} ${kind}`).not.toMatch(telling);
      }
    }
  });

  it('a page follows discreet mode as it is turned on and off, and shows nothing telling before the settings are read', async () => {
    const doc = document.implementation.createHTMLDocument('');
    let watcher: (s: Settings) => void = () => undefined;
    let arrive: (s: Settings) => void = () => undefined;
    const apply = followPageTitle('options', doc, { load: () => new Promise((r) => (arrive = r)), watch: (fn) => (watcher = fn) });
    apply();
    expect(doc.title).toBe('');
    arrive(defaultSettings);
    await tick();
    expect(doc.title).toBe('Unhurried settings');
    watcher({ ...defaultSettings, privacy: { ...defaultSettings.privacy, discreet: true } });
    expect(doc.title).toBe('Notes');
    setLocale('de');
    apply();
    expect(doc.title).toBe('Notizen');
    watcher(defaultSettings);
    expect(doc.title).toBe('Unhurried-Einstellungen');
  });

  it('settings that cannot be read give the neutral name (the safe side)', async () => {
    const doc = document.implementation.createHTMLDocument('');
    followPageTitle('practice', doc, { load: () => Promise.reject(new Error('no storage')), watch: () => undefined });
    await tick();
    expect(doc.title).toBe('Notes');
  });
});

describe('quick hide on a page in a tab', () => {
  const exit = (closeTab: () => Promise<void>) => {
    const doc = document.implementation.createHTMLDocument('Unhurried settings');
    const did: string[] = [];
    const e: PageExit = {
      doc,
      closeTab: async () => {
        did.push('close tab');
        await closeTab();
      },
      closeWindow: () => did.push('close window'),
      blank: () => did.push('blank'),
    };
    return { e, did, doc };
  };

  it('vanishes at once with a neutral title, then closes its tab', async () => {
    const { e, did, doc } = exit(async () => undefined);
    const leaving = leavePage(e);
    expect(doc.documentElement.style.visibility).toBe('hidden');
    expect(doc.title).toBe('Notes');
    await leaving;
    expect(did).toEqual(['close tab']);
  });

  it('where the tab cannot be closed, tries the window, then gives way to an empty page', async () => {
    const { e, did } = exit(() => Promise.reject(new Error('no tab')));
    await leavePage(e);
    expect(did).toEqual(['close tab', 'close window', 'blank']);
  });

  it('its Hide button asks the background to hide everything, and leaves even when no answer comes', async () => {
    const { e, did, doc } = exit(async () => undefined);
    const asked: string[] = [];
    const hiding = hideEverything(e, () => {
      asked.push('quick.hide');
      return new Promise(() => undefined);
    }, 20);
    expect(doc.documentElement.style.visibility).toBe('hidden');
    await hiding;
    expect(asked).toEqual(['quick.hide']);
    expect(did).toEqual(['close tab']);
  });
});

describe('if you need support', () => {
  it('says plainly it is not crisis support, lists long-established helplines as text, and how to leave no trace', () => {
    const root = mount();
    render(<SupportSection />, root);
    const text = root.textContent!;
    expect(text).toContain('not crisis support');
    expect(text).toContain('United Kingdom: National Domestic Abuse Helpline (Refuge), 0808 2000 247');
    expect(text).toContain('United States: National Domestic Violence Hotline, 1-800-799-7233');
    expect(text).toContain('findahelpline.com');
    expect(text).toMatch(/private window/);
    expect(text).toMatch(/clear just the last hour/);
    // Nothing that loads or leads anywhere.
    expect(root.querySelectorAll('a, img, iframe, link, script')).toHaveLength(0);
    render(null, root);
  });

  it('puts the helplines in the person\'s language first, names their countries in it, and keeps names and numbers as they are', () => {
    expect(helplinesFor('de')[0]!.region).toBe('DE');
    expect(helplinesFor('de')).toHaveLength(helplines.length);
    expect(regionName('GB', 'de')).toBe('Vereinigtes Königreich');
    setLocale('de');
    const root = mount();
    render(<SupportSection />, root);
    const first = root.querySelector('.helplines li')!;
    expect(first.textContent).toBe('Deutschland: Hilfetelefon Gewalt gegen Frauen, 116 016');
    expect(first.querySelector('[lang="de"]')?.textContent).toBe('Hilfetelefon Gewalt gegen Frauen');
    expect(root.textContent).toContain('National Domestic Violence Hotline, 1-800-799-7233');
    render(null, root);
  });
});

describe('discreet mode says what it cannot change', () => {
  it('lists the browser\'s own pages, addresses, earlier history, notifications and the card', () => {
    const root = mount();
    render(<PrivacySection s={defaultSettings} update={() => undefined} api={(async () => ({ on: false })) as never} hideShortcut={async () => ''} />, root);
    const items = [...root.querySelectorAll('.limits li')].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items.join(' ')).toMatch(/extensions page/);
    expect(items.join(' ')).toMatch(/extension’s id/);
    expect(items.join(' ')).toMatch(/before discreet mode was on/);
    render(null, root);
  });
});

describe('breathing in the options', () => {
  const section = (pattern: BreathingPattern) => {
    const root = mount();
    const changes: Settings[] = [];
    const s = withDefaults({ breathing: { pattern, breaths: 3, animate: true } });
    render(<BreathingSection s={s} update={(n) => changes.push(n)} />, root);
    return { root, changes };
  };

  it('offers "Off" and, with the guide off, nothing else to set', () => {
    const { root, changes } = section('off');
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['long-out', 'even', 'box', '4-7-8', 'off']);
    expect(root.textContent).toContain('The card shows no breathing guide');
    expect(root.querySelectorAll('select')).toHaveLength(1);
    expect(button('Preview the breathing')).toBeUndefined();
    select.value = 'long-out';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes.at(-1)?.breathing.pattern).toBe('long-out');
    render(null, root);
  });

  it('a rhythm that holds the breath carries the gentle note, described by the choice; others do not', () => {
    for (const pattern of ['box', '4-7-8'] as const) {
      const { root } = section(pattern);
      const note = root.querySelector('#breathing-note')!;
      expect(note.textContent).toContain('Holding the breath is not for everyone');
      expect(root.querySelector('select')!.getAttribute('aria-describedby')).toBe('breathing-note');
      render(null, root);
    }
    const { root } = section('long-out');
    expect(root.textContent).not.toContain('Holding the breath');
    render(null, root);
  });
});

describe('the card', () => {
  const open = async (pattern: BreathingPattern, nudgeId?: string) => {
    const root = mount();
    let show: (m: HostToFrame) => void = () => undefined;
    const settings = withDefaults({ breathing: { pattern, breaths: 3, animate: true } });
    render(
      <PauseApp
        send={() => undefined}
        subscribe={(fn) => (show = fn)}
        api={(async () => null) as never}
        settings={() => settings}
        history={{ load: async () => ({ ids: [], kinds: [] }), save: () => undefined }}
        reducedMotion={() => false}
        snooze={async () => undefined}
        drafts={{ load: async () => ({}), save: () => undefined }}
      />,
      root,
    );
    await tick();
    show({ type: 'show', site: 'whatsapp', siteName: 'WhatsApp', conversation: null, url: 'https://web.whatsapp.com/', trigger: 'start', ...(nudgeId ? { nudgeId } : {}) });
    await tick();
    return root;
  };

  it('is titled as an invitation, keeping "pause before replying" in its name', async () => {
    const root = await open('long-out');
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('A pause before replying');
    render(null, root);
  });

  it('with breathing off shows no circle and no breathing words; with a rhythm it does', async () => {
    let root = await open('off');
    expect(root.querySelector('.breath-circle')).toBeNull();
    expect(root.querySelector('.breathing')).toBeNull();
    expect(root.textContent).not.toMatch(/Breathe in|Breathe out|Breath 1 of/);
    render(null, root);
    root = await open('long-out');
    expect(root.querySelector('.breath-circle')).not.toBeNull();
    expect(root.textContent).toContain('Breathe in');
    expect(root.textContent).not.toContain('Holding the breath');
    render(null, root);
  });

  it('under a rhythm that holds the breath, says gently that holding is not for everyone', async () => {
    const root = await open('4-7-8');
    expect(root.querySelector('.breath-box .breath-note')?.textContent).toContain('Holding the breath is not for everyone');
    render(null, root);
  });

  it('names the nudge\'s kind plainly above it', async () => {
    const root = await open('long-out', 'safe-picture');
    expect(root.querySelector('.nudge-kind')?.textContent).toBe('A steady place');
    render(null, root);
  });
});

describe('the check-in offers "What else could be going on?"', () => {
  const checkIn = (value: CheckInValue) => {
    const root = mount();
    const changes: CheckInValue[] = [];
    render(<CheckIn value={value} saving={false} onChange={(v) => changes.push(v)} onSave={() => undefined} onBack={() => undefined} onDiscard={() => undefined} />, root);
    return { root, changes };
  };
  const otherLabel = (root: Element) => [...root.querySelectorAll('label')].find((l) => l.textContent === 'What else could be going on?');

  it('behind a button: the field appears only when asked for, with focus in it', async () => {
    const { root } = checkIn(emptyCheckIn);
    expect(otherLabel(root)).toBeUndefined();
    button('Add another view (optional)')!.click();
    await tick();
    const label = otherLabel(root)!;
    const field = document.getElementById(label.getAttribute('for')!)!;
    expect(document.activeElement).toBe(field);
    expect(button('Add another view (optional)')).toBeUndefined();
    expect(root.textContent).toContain('Your own reading of this counts.');
    render(null, root);
  });

  it('already open when it holds the person\'s words (a check-in kept from before)', () => {
    const { root } = checkIn({ ...emptyCheckIn, otherMind: 'a thought from before' });
    expect(otherLabel(root)).toBeDefined();
    expect(root.querySelector('textarea:last-of-type')).not.toBeNull();
    expect([...root.querySelectorAll('textarea')].some((a) => (a as HTMLTextAreaElement).value === 'a thought from before')).toBe(true);
    render(null, root);
  });
});
