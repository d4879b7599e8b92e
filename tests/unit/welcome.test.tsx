import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/settings-model';
import { builtInSiteIds } from '../../lib/sites/groups';
import { SiteHeader } from '../../lib/ui/popup/SiteHeader';
import { WelcomeApp } from '../../lib/ui/welcome/WelcomeApp';

const tick = () => new Promise((r) => setTimeout(r, 30));

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

/** Settings kept in memory, as storage.local would. */
function store(start: Settings = defaultSettings) {
  let current = start;
  const saved: Settings[] = [];
  return {
    load: async () => current,
    save: async (s: Settings) => {
      current = s;
      saved.push(s);
    },
    saved,
  };
}

const links = { practice: 'practice.html', safety: 'options.html#privacy', support: 'options.html#support' };
const box = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLLabelElement>('label.site')].find((l) => l.textContent === name)!.querySelector('input')!;

describe('the welcome page', () => {
  it('lists every site, none ticked, personal messengers and work tools apart', async () => {
    const root = mount(<WelcomeApp {...store()} links={links} />);
    await tick();
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Personal messengers', 'Work tools']);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).toHaveLength(builtInSiteIds.length);
    expect(boxes.filter((b) => b.checked)).toHaveLength(0);
    const work = root.querySelectorAll('fieldset')[1]!;
    expect([...work.querySelectorAll('label.site')].map((l) => l.textContent)).toEqual(['Gmail', 'Slack', 'Microsoft Teams', 'LinkedIn']);
    expect(root.textContent).toContain('“Not now”');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['practice.html', 'options.html#privacy', 'options.html#support']);
  });

  it('stores exactly the sites ticked when the person starts, and says so calmly', async () => {
    const s = store({ ...defaultSettings, enabledSites: ['custom:social.example'] });
    const root = mount(<WelcomeApp {...s} links={links} />);
    await tick();
    box(root, 'WhatsApp Web').click();
    box(root, 'Telegram').click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await tick();
    expect(s.saved.at(-1)?.enabledSites.sort()).toEqual(['custom:social.example', 'telegram', 'whatsapp']);
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('All set. A pause is now welcome on WhatsApp Web and Telegram. You can change this whenever you like, here or in the settings.');
    expect(document.activeElement).toBe(status);
  });

  it('with nothing ticked, starting stores no site and says nothing will pause', async () => {
    const s = store({ ...defaultSettings, enabledSites: ['slack'] });
    const root = mount(<WelcomeApp {...s} links={links} />);
    await tick();
    expect(box(root, 'Slack').checked).toBe(true);
    box(root, 'Slack').click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await tick();
    expect(s.saved.at(-1)?.enabledSites).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^No sites for now, so nothing will pause/);
  });
});

describe('the popup header', () => {
  const header = (settings: Settings, tab: { site: string; siteName: string; conversation: string | null } | null, chooseSites?: () => void) => ({
    current: async () => tab,
    settings: { load: async () => settings, save: async () => undefined },
    snoozes: { load: async () => ({}), save: async () => undefined },
    marks: { load: async () => [], save: async () => undefined },
    ...(chooseSites ? { chooseSites } : {}),
  });

  it('with no site chosen, says so kindly and offers where to choose', async () => {
    let opened = 0;
    const root = mount(<SiteHeader {...header(defaultSettings, null, () => opened++)} />);
    await tick();
    expect(root.textContent).toContain('No sites are chosen yet, so nothing pauses.');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Choose sites')!.click();
    expect(opened).toBe(1);
  });

  it('with a site chosen, says nothing of it; elsewhere it is the usual line', async () => {
    const root = mount(<SiteHeader {...header({ ...defaultSettings, enabledSites: ['slack'] }, null, () => undefined)} />);
    await tick();
    expect(root.textContent).toBe('Unhurried is not active on this page.');
  });

  it('offers "Pause in this conversation" only where it does something: with "only in conversations I mark"', async () => {
    const tab = { site: 'whatsapp', siteName: 'WhatsApp Web', conversation: 'abc' };
    let root = mount(<SiteHeader {...header({ ...defaultSettings, enabledSites: ['whatsapp'] }, tab)} />);
    await tick();
    expect(root.textContent).not.toContain('Pause in this conversation');
    root = mount(<SiteHeader {...header({ ...defaultSettings, enabledSites: ['whatsapp'], onlyMarked: true }, tab)} />);
    await tick();
    expect(root.textContent).toContain('Pause in this conversation');
  });
});
