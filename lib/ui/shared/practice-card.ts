import { CONNECT, type CloseChoice, type ConnectOffer, type FrameToHost, type HostToFrame, type ShowRequest } from '../../protocol/frame';

/** The real Pause card, hosted by one of our own pages (practice, options preview). */
export interface PracticeCard {
  frame: HTMLIFrameElement;
  show(req: Omit<ShowRequest, 'type'>): void;
  dismiss(): void;
  onClose(fn: (choice: CloseChoice, insertText?: string) => void): void;
}

/**
 * Loads pause.html in practice mode into `frame` and opens its channel. The
 * frame accepts the channel only because this page shares its origin; nothing
 * the card does here is saved (see lib/ui/pause/practice.ts).
 */
export function hostPracticeCard(frame: HTMLIFrameElement, pauseUrl: string): PracticeCard {
  const channel = new MessageChannel();
  let ready = false;
  const queue: HostToFrame[] = [];
  let closeFn: (choice: CloseChoice, insertText?: string) => void = () => undefined;
  const post = (m: HostToFrame) => (ready ? channel.port1.postMessage(m) : queue.push(m));
  channel.port1.onmessage = (e: MessageEvent<FrameToHost>) => {
    const m = e.data;
    if (m.type === 'ready') {
      ready = true;
      queue.splice(0).forEach((q) => channel.port1.postMessage(q));
    } else if (m.type === 'close') {
      closeFn(m.choice, m.insertText);
      // The pretend chat always takes a moved draft: the card may forget it.
      if (m.insertText) post({ type: 'draft-taken' });
    }
  };
  frame.addEventListener(
    'load',
    () => frame.contentWindow?.postMessage({ kind: CONNECT } satisfies ConnectOffer, location.origin, [channel.port2]),
    { once: true },
  );
  const url = new URL(pauseUrl, location.href);
  url.searchParams.set('practice', '1');
  frame.src = url.href;
  return {
    frame,
    show: (req) => post({ type: 'show', ...req }),
    dismiss: () => post({ type: 'dismiss' }),
    onClose: (fn) => (closeFn = fn),
  };
}
