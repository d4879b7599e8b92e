import type { HandlerDeps } from '../../entrypoints/background/handlers';
import type { JournalDb } from '../../lib/db';

export const OWN = 'abcdefghijklmnopabcdefghijklmnop';
export const BASE = `chrome-extension://${OWN}/`;
/** Senders as the background sees them. */
export const senders = {
  page: { id: OWN, url: `${BASE}popup.html` },
  frame: { id: OWN, url: `${BASE}pause.html`, tab: { id: 4 }, frameId: 7 },
  content: { id: OWN, url: 'https://web.whatsapp.com/', tab: { id: 4 }, frameId: 0 },
};

/** The background's dependencies with quiet stand-ins for everything but the database. */
export function testDeps(db: () => Promise<JournalDb>, over: Partial<HandlerDeps> = {}): HandlerDeps {
  let n = 0;
  return {
    db,
    now: () => Date.now(),
    newId: () => `id-${++n}-${Math.random().toString(36).slice(2, 8)}`,
    ownId: OWN,
    ownBaseUrl: BASE,
    session: { get: async () => undefined, set: async () => undefined },
    scheduleReminder: async () => undefined,
    cancelReminder: async () => undefined,
    saveSettings: async () => undefined,
    eraseOutside: async () => undefined,
    notifyChanged: () => undefined,
    customSites: { hasPermission: async () => false, register: async () => undefined, unregister: async () => undefined },
    ...over,
  };
}
