import { readConnectOffer, type FrameToHost, type HostToFrame } from '../../protocol/frame';

/** The frame's end of the private channel to its content script. */
export interface HostChannel {
  send(msg: FrameToHost): void;
  onMessage(fn: (msg: HostToFrame) => void): void;
}

/** A channel over a port; messages that arrive before anyone listens are kept for the first listener. */
function channelOver(port: MessagePort): HostChannel {
  let listener: ((msg: HostToFrame) => void) | undefined;
  const queue: HostToFrame[] = [];
  port.onmessage = (m: MessageEvent<HostToFrame>) => (listener ? listener(m.data) : queue.push(m.data));
  return {
    send: (msg) => port.postMessage(msg),
    onMessage: (fn) => {
      listener = fn;
      queue.splice(0).forEach(fn);
    },
  };
}

/**
 * Waits for the content script to hand over its port. Only a message from our
 * parent window carrying the secret our own tab registered with the background
 * is accepted; anything the website posts is ignored.
 */
export function connectToHost(win: Window, getToken: () => Promise<string | null>): Promise<HostChannel> {
  return new Promise((resolve) => {
    const offers: MessageEvent[] = [];
    let token: string | null | undefined;
    let done = false;

    function consider(e: MessageEvent) {
      if (done || token === undefined) return;
      const offer = readConnectOffer(e.data);
      if (e.source !== win.parent || !offer) return;
      if (!token || offer.token !== token || !e.ports[0]) return;
      done = true;
      win.removeEventListener('message', onMessage);
      resolve(channelOver(e.ports[0]));
    }
    function onMessage(e: MessageEvent) {
      if (token === undefined) offers.push(e);
      else consider(e);
    }
    win.addEventListener('message', onMessage);
    void getToken()
      .then((t) => {
        token = t;
      })
      .catch(() => {
        token = null;
      })
      .finally(() => offers.splice(0).forEach(consider));
  });
}

/**
 * The practice page and the options preview host the card themselves. They are
 * our own extension pages, so the frame accepts a port only from a parent of
 * its own origin (a website can never be that: reading its origin would throw).
 */
export function isPracticeParent(win: Window): boolean {
  if (win.parent === win || !new URLSearchParams(win.location.search).has('practice')) return false;
  try {
    return win.parent.location.origin === win.location.origin;
  } catch {
    return false;
  }
}

/** The frame's end of a channel to its own extension page (practice and preview only). */
export function connectToPracticeParent(win: Window): Promise<HostChannel> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== win.parent || e.origin !== win.location.origin || !readConnectOffer(e.data) || !e.ports[0]) return;
      win.removeEventListener('message', onMessage);
      resolve(channelOver(e.ports[0]));
    };
    win.addEventListener('message', onMessage);
  });
}
