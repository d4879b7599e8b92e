import { browser } from 'wxt/browser';

/** What the content script's wiring needs from its context: whether it still belongs to a live extension, and cleanup. */
export interface ScriptContext {
  readonly isValid: boolean;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  requestIdleCallback(cb: () => void, options?: IdleRequestOptions): number;
}

/** Whether this script's extension is still there (an updated or removed one leaves its old scripts orphaned). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * The content scripts' context. The build puts it in place of WXT's ContentScriptContext (wxt.config.ts,
 * "unhurried:quiet-context"), because WXT's announces every start on the page's own window and document with a
 * message and an event named after the extension's id — a sign any page can read, and, forged, a way to switch the
 * script off. This one tells the page nothing: an older copy left behind by an update notices that its extension
 * context is gone the next time it looks (every event the controller handles asks `isValid`) and steps aside then,
 * removing its listeners and its frame.
 */
export class ContentScriptContext implements ScriptContext {
  private readonly done = new AbortController();

  /** Same shape as WXT's constructor, which the generated entry calls. */
  constructor(_name?: string, _options?: unknown) {}

  get isInvalid(): boolean {
    if (!this.done.signal.aborted && !extensionAlive()) this.done.abort();
    return this.done.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.done.signal.addEventListener('abort', cb);
    return () => this.done.signal.removeEventListener('abort', cb);
  }

  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.done.signal });
  }

  requestIdleCallback(cb: () => void, options?: IdleRequestOptions): number {
    const id = requestIdleCallback(() => {
      if (this.isValid) cb();
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }
}
