import { CONNECT, type FrameToHost, type HostToFrame } from '../../content/frame-protocol';

/** The frame's end of the private channel to its content script. */
export interface HostChannel {
  send(msg: FrameToHost): void;
  onMessage(fn: (msg: HostToFrame) => void): void;
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
      const data = e.data as { kind?: unknown; token?: unknown } | null;
      if (e.source !== win.parent || !data || data.kind !== CONNECT) return;
      if (!token || data.token !== token || !e.ports[0]) return;
      done = true;
      win.removeEventListener('message', onMessage);
      const port = e.ports[0];
      let listener: ((msg: HostToFrame) => void) | undefined;
      const queue: HostToFrame[] = [];
      port.onmessage = (m: MessageEvent<HostToFrame>) => (listener ? listener(m.data) : queue.push(m.data));
      resolve({
        send: (msg) => port.postMessage(msg),
        onMessage: (fn) => {
          listener = fn;
          queue.splice(0).forEach(fn);
        },
      });
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
