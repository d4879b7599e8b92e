import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/theme.css';
import '../../assets/breathing.css';
import './style.css';
import { followAppearance, followLanguage } from '../../lib/ui/shared/appearance';
import { sendToBackground } from '../../lib/protocol/to-background';
import { onPageBroadcast } from '../../lib/protocol/to-pages';
import type { NudgeWords } from '../../lib/model';
import type { PickHistory } from '../../lib/nudges/picker';
import { defaultSettings, getSettings, restSite, settingsItem, withDefaults, type Settings } from '../../lib/settings';
import { connectToHost, connectToPracticeParent, isPracticeParent } from '../../lib/ui/pause/channel';
import { PauseApp, type Drafts } from '../../lib/ui/pause/PauseApp';
import { practiceBackground } from '../../lib/ui/pause/practice';
import { pageTitle } from '../../lib/ui/shared/page-title';

followAppearance();

// Wiring only: the private frame connects to its tab's content script and renders the card.
let settings: Settings = defaultSettings;
let settingsRead = false;
void getSettings().then((s) => {
  settings = s;
  settingsRead = true;
  showTitle();
});
settingsItem.watch((v) => {
  const discreet = settings.privacy.discreet;
  settings = withDefaults(v);
  if (settings.privacy.discreet !== discreet) showTitle();
});

// The person's words for nudges: loaded at start and again whenever they change.
let customNudges: NudgeWords[] = [];
const loadNudges = () =>
  void sendToBackground('nudges.list', null)
    .then((r) => (customNudges = r.nudges))
    .catch(() => undefined);
loadNudges();
onPageBroadcast(browser.runtime, ['nudges.changed'], loadNudges);

// On the practice page and in the options preview the card runs for real, but nothing is saved.
const practice = isPracticeParent(window);
const channel = practice
  ? connectToPracticeParent(window)
  : connectToHost(window, async () => (await sendToBackground('frame.token', null)).token);
const practiceApi = practiceBackground(sendToBackground);
const memory: { history: PickHistory; drafts: Drafts } = { history: { ids: [], kinds: [] }, drafts: {} };
const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');

/** The frame's name (the page around it names the frame element with it) and title: neutral in discreet mode. */
function showTitle(): void {
  // Until the settings are read, the neutral name: the safe side.
  const title = pageTitle('card', settingsRead ? settings.privacy.discreet : true);
  document.title = title;
  void channel.then((c) => c.send({ type: 'title', title }));
}

followLanguage(() => {
  // The page around the frame names it for screen readers: in this language too.
  showTitle();
  render(
    <PauseApp
      send={(msg) => void channel.then((c) => c.send(msg))}
      subscribe={(fn) =>
        void channel.then((c) => {
          c.onMessage(fn);
          c.send({ type: 'ready' });
        })
      }
      api={practice ? practiceApi : sendToBackground}
      practice={practice}
      settings={() => settings}
      customNudges={() => customNudges}
      history={practice ? { load: async () => memory.history, save: (h) => (memory.history = h) } : {
        load: async () =>
          ((await sendToBackground('frame.state.get', { key: 'nudgeHistory' })).value as PickHistory | null) ?? { ids: [], kinds: [] },
        save: (h) => void sendToBackground('frame.state.set', { key: 'nudgeHistory', value: h }).catch(() => undefined),
      }}
      reducedMotion={() => reduced.matches}
      snooze={async (site, until) => {
        if (!practice) await restSite(site, until);
      }}
      drafts={practice ? { load: async () => memory.drafts, save: (d) => (memory.drafts = d) } : {
        load: async () => ((await sendToBackground('frame.state.get', { key: 'pauseDrafts' })).value as Drafts | null) ?? {},
        save: (d) => void sendToBackground('frame.state.set', { key: 'pauseDrafts', value: d }).catch(() => undefined),
      }}
    />,
    document.getElementById('app')!,
  );
});
