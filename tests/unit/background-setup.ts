import { createRouter, type HandlerDeps } from '../../entrypoints/background/handlers';
import { openJournal } from '../../lib/db';

/** The background's router over fakes, shared by the background's unit test files. */

export const OWN = 'abcdefghijklmnopabcdefghijklmnop';
export const BASE = `chrome-extension://${OWN}/`;
/** Senders as the browser describes them: an extension page, the pause frame, a content script. */
export const page = { id: OWN, url: `${BASE}popup.html` };
export const frame = { id: OWN, url: `${BASE}pause.html`, tab: { id: 4 }, frameId: 7 };
export const content = { id: OWN, url: 'https://web.whatsapp.com/', tab: { id: 4 }, frameId: 0 };

/** A fresh background over its own database and recording fakes. */
let dbCount = 0;
export function setup(over: Partial<HandlerDeps> = {}) {
  const dbp = openJournal({ name: `test-${++dbCount}` });
  const session = new Map<string, unknown>();
  const scheduled: Array<[string, number]> = [];
  const granted = new Set<string>();
  const cancelled: string[] = [];
  const registered = new Set<string>();
  const savedSettings: unknown[] = [];
  const erasedOutside: boolean[] = [];
  const changes = { n: 0 };
  let t = 1_000;
  let n = 0;
  const deps: HandlerDeps = {
    db: () => dbp,
    now: () => (t += 1000),
    newId: () => `id-${++n}`,
    ownId: OWN,
    ownBaseUrl: BASE,
    session: { get: async (k) => session.get(k), set: async (k, v) => void session.set(k, v) },
    scheduleReminder: async (id, due) => void scheduled.push([id, due]),
    cancelReminder: async (id) => void cancelled.push(id),
    saveSettings: async (v) => void savedSettings.push(v),
    eraseOutside: async () => void erasedOutside.push(true),
    notifyChanged: () => void (changes.n += 1),
    customSites: {
      hasPermission: async (o) => granted.has(o),
      register: async (o) => void registered.add(o),
      unregister: async (o) => void registered.delete(o),
    },
    ...over,
  };
  return { route: createRouter(deps), dbp, session, scheduled, granted, registered, cancelled, savedSettings, erasedOutside, changes };
}


/** A check-in as the card sends it. */
export const reflection = {
  site: 'whatsapp',
  choice: 'check-in' as const,
  feelings: ['tense'],
  note: 'hello',
  win: false,
};
