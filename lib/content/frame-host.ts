import { CONNECT, type ConnectOffer, type FrameToHost, type HostToFrame, type ShowRequest } from '../protocol/frame';

/** What the frame host needs from the outside. */
export interface FrameHostDeps {
  doc: Document;
  /** The pause page's URL (Chrome's dynamic URL for web-accessible resources). */
  pageUrl: string;
  /**
   * The origin the page commits at. On Chrome the dynamic URL redirects to the
   * extension's own origin, so this differs from pageUrl's origin.
   */
  frameOrigin: string;
  /** Registers the channel secret with the background before the frame asks for it. */
  register: (token: string) => Promise<void>;
  onMessage: (msg: FrameToHost) => void;
  /** Called when the frame cannot be reached, so the caller fails open. */
  onFailure: () => void;
}

const HIDDEN =
  'all:initial!important;position:fixed!important;inset:0!important;width:100vw!important;height:100vh!important;' +
  'z-index:2147483647!important;border:0!important;margin:0!important;padding:0!important;' +
  'visibility:hidden!important;pointer-events:none!important;display:block!important;';
const SHOWN = HIDDEN.replace('visibility:hidden', 'visibility:visible').replace(
  'pointer-events:none',
  'pointer-events:auto',
);

/** A neutral, per-load random custom-element name (valid: starts with a letter, has a hyphen). */
export function randomTagName(random: () => number = Math.random): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pick = (len: number) => Array.from({ length: len }, () => letters[Math.floor(random() * 26)]).join('');
  return `${pick(4)}-${pick(5)}`;
}

/**
 * One hidden, preloaded iframe of the pause page inside a closed shadow root.
 * The page sees only an element with a random name and no shadow root.
 */
export function createFrameHost(deps: FrameHostDeps) {
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let port: MessagePort | undefined;
  let pending: HostToFrame | undefined;
  let failed = false;
  let open = false;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;

  function post(msg: HostToFrame) {
    if (port) port.postMessage(msg);
    else pending = msg;
  }

  function fail() {
    failed = true;
    destroy();
    deps.onFailure();
  }

  /** Creates and loads the frame once; cheap to call again. */
  function ensure(): void {
    if (host || failed) return;
    const h = deps.doc.createElement(randomTagName());
    h.style.cssText = HIDDEN;
    const root = h.attachShadow({ mode: 'closed' });
    host = h;
    deps.doc.documentElement.append(h);
    const token = crypto.randomUUID() + crypto.randomUUID();
    deps
      .register(token)
      .then(() => {
        if (host !== h) return;
        const f = deps.doc.createElement('iframe');
        f.style.cssText =
          'all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;visibility:inherit;pointer-events:inherit;';
        f.setAttribute('title', 'Pause before replying');
        f.setAttribute('aria-hidden', String(!open));
        f.tabIndex = open ? 0 : -1;
        // The source is set before the frame is inserted, so there is no about:blank load first.
        f.src = deps.pageUrl;
        f.addEventListener('load', () => {
          if (port || !f.contentWindow) return;
          const channel = new MessageChannel();
          channel.port1.onmessage = (e: MessageEvent<FrameToHost>) => {
            if (e.data.type === 'title') {
              // The frame's name for screen readers, in the person's language (English until it says).
              if (typeof e.data.title === 'string' && e.data.title.length <= 200) f.setAttribute('title', e.data.title);
              return;
            }
            if (e.data.type === 'ready') {
              port = channel.port1;
              clearTimeout(readyTimer);
              if (pending) {
                port.postMessage(pending);
                pending = undefined;
                f.focus();
              }
            }
            deps.onMessage(e.data);
          };
          f.contentWindow.postMessage({ kind: CONNECT, token } satisfies ConnectOffer, deps.frameOrigin, [channel.port2]);
        });
        frame = f;
        root.append(f);
      })
      .catch(fail);
  }

  /** Shows the card. Returns false when the frame cannot be used (the caller then fails open). */
  function show(req: ShowRequest): boolean {
    if (failed) return false;
    ensure();
    if (!host) return false;
    if (!host.isConnected) deps.doc.documentElement.append(host);
    open = true;
    host.style.cssText = SHOWN;
    post(req);
    if (frame) {
      frame.removeAttribute('aria-hidden');
      frame.tabIndex = 0;
      frame.focus();
    }
    if (!port) {
      // The frame is still loading: give it a moment, then let the person type.
      clearTimeout(readyTimer);
      readyTimer = setTimeout(() => {
        if (!port) fail();
      }, 4000);
    }
    return true;
  }

  /** Asks the card to close as "Not now" (Escape pressed before focus reached the frame). */
  function dismiss(): void {
    if (port) port.postMessage({ type: 'dismiss' } satisfies HostToFrame);
    else pending = undefined;
    hide();
  }

  /** Quick hide: tells the card to go without a trace, and hides it at once. */
  function hideNow(): void {
    port?.postMessage({ type: 'hide' } satisfies HostToFrame);
    pending = undefined;
    hide();
  }

  /** Moves focus into the frame again. */
  function focus(): void {
    frame?.focus();
  }

  /** Hides the card; the frame stays loaded for next time. */
  function hide(): void {
    open = false;
    if (!host) return;
    host.style.cssText = HIDDEN;
    if (!frame) return;
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
  }

  /** Removes everything (extension updated or reloaded). */
  function destroy(): void {
    open = false;
    clearTimeout(readyTimer);
    port?.close();
    host?.remove();
    host = undefined;
    frame = undefined;
    port = undefined;
  }

  return {
    ensure,
    show,
    /** A message to the card, open or hidden (queued until its channel is ready). */
    tell: post,
    hide,
    dismiss,
    hideNow,
    focus,
    destroy,
    isOpen: () => open,
    isUsable: () => !failed,
  };
}

/** The frame host's interface, for the controller. */
export type FrameHost = ReturnType<typeof createFrameHost>;
