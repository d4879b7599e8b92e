import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import './style.css';
import { NUDGES_CHANGED, sendToBackground } from '../../lib/messaging';
import type { NudgeWords } from '../../lib/nudges/effective';
import type { PickHistory } from '../../lib/nudges/picker';
import { defaultSettings, getSettings, settingsItem, snoozesItem, withDefaults, type Settings } from '../../lib/settings';
import { connectToHost } from '../../lib/ui/pause/channel';
import { PauseApp, type Drafts } from '../../lib/ui/pause/PauseApp';

// Wiring only: the private frame connects to its tab's content script and renders the card.
let settings: Settings = defaultSettings;
void getSettings().then((s) => (settings = s));
settingsItem.watch((v) => (settings = withDefaults(v)));

// The person's words for nudges: loaded at start and again whenever they change.
let customNudges: NudgeWords[] = [];
const loadNudges = () =>
  void sendToBackground('nudges.list', null)
    .then((r) => (customNudges = r.nudges))
    .catch(() => undefined);
loadNudges();
browser.runtime.onMessage.addListener((m: unknown) => {
  if ((m as { type?: unknown } | null)?.type === NUDGES_CHANGED) loadNudges();
});

const channel = connectToHost(window, async () => (await sendToBackground('frame.token', null)).token);
const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');

render(
  <PauseApp
    send={(msg) => void channel.then((c) => c.send(msg))}
    subscribe={(fn) =>
      void channel.then((c) => {
        c.onMessage(fn);
        c.send({ type: 'ready' });
      })
    }
    api={sendToBackground}
    settings={() => settings}
    customNudges={() => customNudges}
    history={{
      load: async () =>
        ((await browser.storage.session.get('nudgeHistory'))['nudgeHistory'] as PickHistory | undefined) ?? {
          ids: [],
          kinds: [],
        },
      save: (h) => void browser.storage.session.set({ nudgeHistory: h }),
    }}
    reducedMotion={() => reduced.matches}
    snooze={async (site, until) => {
      const current = await snoozesItem.getValue();
      await snoozesItem.setValue({ ...current, [site]: until });
    }}
    drafts={{
      load: async () => ((await browser.storage.session.get('pauseDrafts'))['pauseDrafts'] as Drafts | undefined) ?? {},
      save: (d) => void browser.storage.session.set({ pauseDrafts: d }),
    }}
  />,
  document.getElementById('app')!,
);
