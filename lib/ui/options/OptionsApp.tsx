import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackgroundApi, RequestType } from '../../messaging';
import type { BreathingPattern, LaterDefault, PauseMode, Settings, TextSize } from '../../settings-model';
import { sites } from '../../sites/registry';
import { Breathing } from '../pause/Breathing';
import { CardPreview, type PreviewRequest } from './CardPreview';
import { DataSection } from './DataSection';
import { LockSection } from './LockSection';
import { NudgesSection } from './NudgesSection';
import { Switch } from './Switch';

interface Props {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<void>;
  watch: (fn: (s: Settings) => void) => void;
  /** Asks the browser for one host; must run inside the click that asked for it. */
  requestHost: (origin: string) => Promise<boolean>;
  api: <K extends RequestType>(type: K, payload: BackgroundApi[K]['in']) => Promise<BackgroundApi[K]['out']>;
  /** The pause page's address (the preview hosts the real card). */
  pauseUrl: string;
  /** The practice page's address. */
  practiceUrl: string;
  saveFile: (name: string, type: string, text: string) => void;
  /** Bytes the extension's own storage uses, when the browser says. */
  storageUsed: () => Promise<number | null>;
  /** The quick-hide keyboard shortcut as the browser has it now ("" when none is set). */
  hideShortcut: () => Promise<string>;
}

const patterns: Array<[BreathingPattern, string]> = [
  ['even', 'Even: in 4, out 4'],
  ['box', 'Box: in 4, hold 4, out 4, hold 4'],
  ['long-out', 'Longer out-breath: in 4, out 6'],
  ['4-7-8', '4-7-8: in 4, hold 7, out 8'],
];

const laterChoices: Array<[LaterDefault, string]> = [
  ['hour', 'In 1 hour'],
  ['evening', 'This evening'],
  ['morning', 'Tomorrow morning'],
  ['none', 'No reminder'],
];

const sections = [
  ['nudges', 'Nudges'],
  ['breathing', 'Breathing'],
  ['when', 'When to pause'],
  ['sites', 'Sites'],
  ['reminders', 'Reminders'],
  ['appearance', 'Appearance'],
  ['privacy', 'Privacy and safety'],
  ['data', 'Your data'],
  ['practice', 'Practice'],
  ['about', 'About'],
] as const;

const modes: Array<[PauseMode, string, string]> = [
  ['start', 'When I start a reply', 'The pause comes with your first keystroke, before anything is written.'],
  ['send', 'When I press send', 'You write freely; the pause comes when you send, and your message waits untouched.'],
  ['both', 'Both', 'A pause when you start, and another when you send.'],
];

/** Turns what the person typed into a site origin, or explains kindly why it cannot. */
export function parseSiteAddress(input: string): { origin: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Type the address of the site, like social.example.' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: 'That does not look like a web address. Try something like social.example.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Only web addresses (https) can be added.' };
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) {
    return { error: 'That does not look like a web address. Try something like social.example.' };
  }
  return { origin: url.origin };
}

/** The options page. */
export function OptionsApp(props: Props) {
  const [s, setS] = useState<Settings | null>(null);
  const [address, setAddress] = useState('');
  const [siteMsg, setSiteMsg] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [previewReq, setPreviewReq] = useState<PreviewRequest | null>(null);
  const [breathRun, setBreathRun] = useState(0);
  const [shortcut, setShortcut] = useState('');

  // Our own writes come back through the watch; an older one arriving after a newer
  // change must not undo it, so echoes of what this page wrote are ignored.
  const written = useRef(new Set<string>());
  useEffect(() => {
    void props.load().then(setS);
    void props.hideShortcut().then(setShortcut, () => undefined);
    props.watch((v) => {
      const key = JSON.stringify(v);
      if (written.current.delete(key)) return;
      setS(v);
    });
  }, []);

  if (!s) return <p class="hint">Opening…</p>;
  const update = (next: Settings) => {
    setS(next);
    written.current.add(JSON.stringify(next));
    void props.save(next);
  };

  async function addSite(e: Event) {
    e.preventDefault();
    const parsed = parseSiteAddress(address);
    if ('error' in parsed) {
      setSiteMsg({ kind: 'error', text: parsed.error });
      return;
    }
    // The browser's own prompt, for this one site only.
    const granted = await props.requestHost(parsed.origin).catch(() => false);
    if (!granted) {
      setSiteMsg({ kind: 'error', text: 'The browser did not allow it, so nothing changed. You can try again any time.' });
      return;
    }
    try {
      await props.api('sites.custom.add', { origin: parsed.origin });
      setAddress('');
      setSiteMsg({ kind: 'ok', text: `Added ${new URL(parsed.origin).host}. Reload its tab to start there.` });
    } catch (err) {
      setSiteMsg({ kind: 'error', text: err instanceof Error ? err.message : 'That did not work just now.' });
    }
  }

  return (
    <main class="options">
      <h1>Unhurried settings</h1>
      <p class="hint">Every change is kept at once and reaches open tabs without reloading them.</p>
      <nav aria-label="Sections" class="toc">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="nudges">
        <h2 id="nudges">Nudges</h2>
        <NudgesSection s={s} update={update} api={props.api} preview={(id) => setPreviewReq({ nudgeId: id, n: Date.now() })} />
        <h3>Preview</h3>
        <CardPreview pauseUrl={props.pauseUrl} request={previewReq} />
      </section>

      <section aria-labelledby="breathing">
        <h2 id="breathing">Breathing</h2>
        <label class="row">
          <span>Rhythm</span>
          <select
            value={s.breathing.pattern}
            onChange={(e) => update({ ...s, breathing: { ...s.breathing, pattern: e.currentTarget.value as BreathingPattern } })}
          >
            {patterns.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          <span>Breaths</span>
          <select
            value={String(s.breathing.breaths)}
            onChange={(e) => update({ ...s, breathing: { ...s.breathing, breaths: Number(e.currentTarget.value) } })}
          >
            {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch checked={s.breathing.animate} onToggle={() => update({ ...s, breathing: { ...s.breathing, animate: !s.breathing.animate } })}>
            Show the moving circle
          </Switch>
        </div>
        <p class="hint">Off: words and a count only. With reduced motion set on this device, the circle always stays still.</p>
        <div class="breath-preview">
          {breathRun > 0 ? (
            <>
              <Breathing
                key={`${breathRun}-${s.breathing.pattern}-${s.breathing.breaths}-${s.breathing.animate}`}
                pattern={s.breathing.pattern}
                breaths={s.breathing.breaths}
                animate={s.breathing.animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches}
                onDone={() => setBreathRun(0)}
              />
              <button type="button" class="quiet" onClick={() => setBreathRun(0)}>
                Stop the preview
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setBreathRun((n) => n + 1)}>
              Preview the breathing
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="when">
        <h2 id="when">When to pause</h2>
        <fieldset>
          <legend class="sr-only">When to pause</legend>
          {modes.map(([value, label, hint]) => (
            <label class="choice" key={value}>
              <input type="radio" name="mode" value={value} checked={s.mode === value} onChange={() => update({ ...s, mode: value })} />
              <span>
                {label}
                <span class="hint block">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label class="row">
          <span>Rest between pauses in the same conversation</span>
          <select
            value={String(s.cooldownMinutes)}
            onChange={(e) => update({ ...s, cooldownMinutes: Number(e.currentTarget.value) })}
          >
            {[0, 5, 10, 20, 30, 60, 120].map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'No rest' : m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch checked={s.onlyMarked} onToggle={() => update({ ...s, onlyMarked: !s.onlyMarked })}>
            Only in conversations I mark
          </Switch>
        </div>
        <p class="hint">Mark a conversation from the toolbar button while it is open.</p>
        <div class="row">
          <Switch
            checked={s.quietHours.enabled}
            onToggle={() => update({ ...s, quietHours: { ...s.quietHours, enabled: !s.quietHours.enabled } })}
          >
            Quiet hours, with no pauses
          </Switch>
          {(['from', 'to'] as const).map((end) => (
            <label class="row tight" key={end}>
              <span>{end}</span>
              <input
                type="time"
                value={s.quietHours[end]}
                disabled={!s.quietHours.enabled}
                onChange={(e) =>
                  update({ ...s, quietHours: { ...s.quietHours, [end]: e.currentTarget.value || s.quietHours[end] } })
                }
              />
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        <ul class="sites">
          {sites.map((site) => {
            const on = !s.disabledSites.includes(site.id);
            return (
              <li key={site.id}>
                <Switch
                  checked={on}
                  onToggle={() =>
                    update({
                      ...s,
                      disabledSites: on ? [...s.disabledSites, site.id] : s.disabledSites.filter((x) => x !== site.id),
                    })
                  }
                >
                  {site.name}
                </Switch>
              </li>
            );
          })}
        </ul>
        <h3>How you send</h3>
        <p class="hint">Some sites let you choose the key that sends. Tell Unhurried what you use there.</p>
        {sites
          .filter((site) => site.sendKeyChoice)
          .map((site) => (
            <label class="row" key={site.id}>
              <span>{site.name} sends with</span>
              <select
                value={s.sendKeys[site.id] ?? site.sendKey}
                onChange={(e) =>
                  update({ ...s, sendKeys: { ...s.sendKeys, [site.id]: e.currentTarget.value as 'enter' | 'mod-enter' } })
                }
              >
                <option value="enter">Enter</option>
                <option value="mod-enter">Ctrl+Enter (⌘+Enter on a Mac)</option>
              </select>
            </label>
          ))}
        <h3>Your own sites</h3>
        {s.customSites.length === 0 ? (
          <p class="hint">None yet. Add a chat site you use, and the browser will ask you to allow that one site.</p>
        ) : (
          <ul class="sites">
            {s.customSites.map((c) => (
              <li key={c.origin}>
                <span>{new URL(c.origin).host}</span>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void props.api('sites.custom.remove', { origin: c.origin }).then(() =>
                      setSiteMsg({ kind: 'ok', text: `Removed ${new URL(c.origin).host}, and gave its permission back.` }),
                    )
                  }
                >
                  Remove {new URL(c.origin).host}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={(e) => void addSite(e)}>
          <label for="site-address">Site address</label>
          <div class="row">
            <input
              id="site-address"
              type="text"
              inputMode="url"
              placeholder="social.example"
              value={address}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
            <button type="submit">Add site</button>
          </div>
        </form>
        {siteMsg && (
          <p class={siteMsg.kind === 'error' ? 'error' : 'confirm'} role={siteMsg.kind === 'error' ? 'alert' : 'status'}>
            {siteMsg.text}
          </p>
        )}
      </section>

      <section aria-labelledby="reminders">
        <h2 id="reminders">Reminders</h2>
        <label class="row">
          <span>“Reply later” offers first</span>
          <select
            value={s.reminders.defaultChoice}
            onChange={(e) => update({ ...s, reminders: { ...s.reminders, defaultChoice: e.currentTarget.value as LaterDefault } })}
          >
            {laterChoices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div class="row">
          <Switch
            checked={s.reminders.notifications}
            onToggle={() => update({ ...s, reminders: { ...s.reminders, notifications: !s.reminders.notifications } })}
          >
            Show a notification when a reminder is due
          </Switch>
        </div>
        <p class="hint">
          Reminders say only “Reminder”, with no name or site. Off: nothing pops up, and the conversation simply waits on your
          Later list.
        </p>
      </section>

      <section aria-labelledby="appearance">
        <h2 id="appearance">Appearance</h2>
        <fieldset>
          <legend>Colours</legend>
          {(
            [
              ['system', 'Same as this device'],
              ['light', 'Light'],
              ['dark', 'Dark'],
            ] as const
          ).map(([value, label]) => (
            <label class="choice" key={value}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={s.appearance.theme === value}
                onChange={() => update({ ...s, appearance: { ...s.appearance, theme: value } })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <label class="row">
          <span>Text size</span>
          <select
            value={s.appearance.textSize}
            onChange={(e) => update({ ...s, appearance: { ...s.appearance, textSize: e.currentTarget.value as TextSize } })}
          >
            <option value="normal">Standard</option>
            <option value="large">Large</option>
            <option value="larger">Larger</option>
          </select>
        </label>
        <p class="hint">For the card, the toolbar window and this page.</p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy and safety</h2>
        <div class="row">
          <Switch checked={s.privacy.discreet} onToggle={() => update({ ...s, privacy: { ...s.privacy, discreet: !s.privacy.discreet } })}>
            Discreet mode
          </Switch>
        </div>
        <p class="hint">
          The toolbar button and its window are called “Notes”, with a plain icon, and reminders show that plain icon too.
        </p>
        <h3>Lock with a passphrase</h3>
        <LockSection s={s} update={update} api={props.api} />
        <h3>Hide at once</h3>
        <p>
          If someone comes near, everything Unhurried shows in the tab can disappear in one move: the <strong>Hide</strong>{' '}
          button on the card and in the toolbar window, pressing <kbd>Shift</kbd> three times while the card is open, or the
          keyboard shortcut{shortcut ? <> <kbd>{shortcut}</kbd></> : ''}.
        </p>
        <p class="hint">
          {shortcut
            ? 'You can change the shortcut in your browser’s extension shortcuts settings.'
            : 'No shortcut is set right now (another extension may use the same keys). You can choose one in your browser’s extension shortcuts settings.'}{' '}
          Nothing you wrote is lost when you hide: an unsaved check-in waits for you.
        </p>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">Your data</h2>
        <DataSection s={s} api={props.api} saveFile={props.saveFile} storageUsed={props.storageUsed} />
      </section>

      <section aria-labelledby="practice">
        <h2 id="practice">Practice</h2>
        <p>Meet the pause in a pretend chat, with no one on the other side, before it appears in a real conversation.</p>
        <a class="button" href={props.practiceUrl} target="_blank" rel="noopener">
          Open the practice chat
        </a>
      </section>

      <section aria-labelledby="about">
        <h2 id="about">About</h2>
        <p>Unhurried is a self-care companion: it is not therapy and not crisis support.</p>
        <p class="hint">Everything you write stays on this device. Nothing is sent anywhere.</p>
      </section>
    </main>
  );
}
