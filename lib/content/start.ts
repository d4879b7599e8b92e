import { browser } from 'wxt/browser';
import type { ScriptContext } from './context';
import { createController, type ControllerState } from './controller';
import { createFrameHost } from './frame-host';
import { watchLiveState } from './live-state';
import { sendToBackground } from '../protocol/to-background';
import { tabRequestType } from '../protocol/to-tab';
import { defaultSettings } from '../settings-model';
import type { SiteAdapter } from '../sites/site-adapter';

/** Starts pausing on this page with the given adapter: the whole content-script wiring. */
export function startPauseLayer(ctx: ScriptContext, adapter: SiteAdapter): void {
  const state: ControllerState = {
    ready: false,
    settings: defaultSettings,
    snoozes: {},
    salt: '',
    recent: new Map(),
    marks: new Set(),
  };

  const pageUrl = browser.runtime.getURL('/pause.html');
  const frame = createFrameHost({
    doc: document,
    pageUrl,
    frameOrigin:
      new URL(pageUrl).protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : new URL(pageUrl).origin,
    register: (token) => sendToBackground('frame.register', { token }).then(() => undefined),
    onMessage: (msg) => controller.onFrameMessage(msg),
    onFailure: () => controller.onFrameFailure(),
  });
  let preloadQueued = false;
  const controller = createController({
    adapter,
    win: window,
    frame,
    state,
    now: () => Date.now(),
    isAlive: () => ctx.isValid,
    reportShown: (key) => void sendToBackground('pause.shown', { key }).catch(() => undefined),
    insert: (text) => sendToBackground('draft.insert', { text }).then((r) => r.done),
    preload: () => {
      if (preloadQueued) return;
      preloadQueued = true;
      ctx.requestIdleCallback(() => frame.ensure(), { timeout: 1000 });
    },
  });

  // Capture phase on window: runs before the site's own editor handlers.
  const listen = <K extends keyof WindowEventMap>(type: K, handle: (e: WindowEventMap[K]) => void) =>
    ctx.addEventListener(window, type, handle, { capture: true });
  listen('keydown', controller.onKeydown);
  listen('paste', controller.onPaste);
  listen('click', controller.onClick);
  listen('focusin', controller.onFocusIn);
  listen('focusout', controller.onFocusOut);
  ctx.onInvalidated(() => frame.destroy());

  // The popup asks which conversation this tab shows (hashed), to offer "Pause in this conversation".
  const ownPages = new URL(browser.runtime.getURL('/')).protocol;
  const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
    // Only our own extension pages (the popup) may ask; never another content script or site.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
    const type = tabRequestType(message);
    if (type === 'tab.hide') {
      controller.quickHide();
      return undefined;
    }
    if (type !== 'tab.conversation') return undefined;
    return Promise.resolve(controller.current());
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  void Promise.all([
    watchLiveState(state, (fn) => ctx.onInvalidated(fn)),
    sendToBackground('pause.recent', null).then(
      ({ recent }) => recent.forEach(([k, t]) => state.recent.has(k) || state.recent.set(k, t)),
      () => undefined,
    ),
  ])
    .then(() => {
      if (ctx.isInvalid) return;
      state.ready = true;
      // A composer may already be there (drafts, autofocus): preload the frame in idle time.
      if (adapter.findComposer(document)) controller.preload();
    })
    .catch(() => undefined);
}
