/**
 * A site adapter describes one messaging site: where its composer is, how a
 * message is sent there and how to tell one conversation from another.
 * Adapters are data plus small functions; the content script decides
 * everything from the event's own composed path, never from "the first match
 * on the page".
 */

/** A CSS selector with the date it was last seen working and where that fact comes from. */
export interface Selector {
  readonly css: string;
  /** ISO date (YYYY-MM) the selector was seen on the live site by the source. */
  readonly seen: string;
  readonly source: string;
}

/** Which key combination sends a message on the site. */
export type SendKey = 'enter' | 'mod-enter';

/** Everything the content script needs to know about one site. */
export interface SiteAdapter {
  /** Stable id; also the adapter's file name and its replica's file name. */
  readonly id: string;
  /** Human name, shown in settings and the popup. */
  readonly name: string;
  /** Match patterns for the manifest and the runtime lookup. */
  readonly matches: readonly string[];
  /** Composer selectors, newest first. */
  readonly composer: readonly Selector[];
  /** Send control selectors, newest first. */
  readonly send: readonly Selector[];
  /** Search boxes and other editables that must never pause (documentation and replica tests). */
  readonly notComposer: readonly Selector[];
  readonly sendKey: SendKey;
  /** True where the site lets the person choose Enter or Ctrl/Cmd+Enter (settings offer the choice). */
  readonly sendKeyChoice?: boolean;
  /** The send key for one composer, where it differs by composer (the generic adapter). */
  sendKeyFor?(composer: HTMLElement): SendKey;
  /** The element in the event's composed path that is this site's composer, if any. */
  composerFromPath(path: readonly EventTarget[]): HTMLElement | null;
  /** The send control in the event's composed path, if any (never a "like" or voice button). */
  sendFromPath(path: readonly EventTarget[]): HTMLElement | null;
  /** The send control that belongs to this composer, if the site shows one now. */
  sendFor(composer: HTMLElement): HTMLElement | null;
  /** Any composer in the document, for preloading the pause frame. */
  findComposer(root: ParentNode): HTMLElement | null;
  /**
   * A raw, unhashed key for the open conversation, or null when unknown.
   * `composer` is the composer the person is typing in (chat bubbles, compose
   * windows). Callers hash the key before it is kept anywhere.
   */
  conversationKey(doc: Document, url: URL, composer?: HTMLElement): string | null;
}

/** What a site file declares; defaults fill in the common behaviour. */
export interface SiteDefinition {
  id: string;
  name: string;
  matches: string[];
  composer: Selector[];
  send: Selector[];
  notComposer?: Selector[];
  sendKey?: SendKey;
  sendKeyChoice?: boolean;
  /** When the send control has no distinguishing attribute, the exact text it shows (Instagram: "Send"). */
  sendText?: string;
  conversationKey: (doc: Document, url: URL, composer?: HTMLElement) => string | null;
}

function isElement(target: EventTarget): target is HTMLElement {
  return typeof (target as Element).matches === 'function';
}

/** Declares a site adapter from its data, with default path-based composer lookup. */
export function defineSiteAdapter(def: SiteDefinition): SiteAdapter {
  const composerCss = def.composer.map((s) => s.css).join(', ');
  const sendCss = def.send.map((s) => s.css).join(', ');
  const isSend = (el: HTMLElement) => {
    try {
      return el.matches(sendCss) && (def.sendText === undefined || el.textContent?.trim() === def.sendText);
    } catch {
      return false;
    }
  };
  return {
    id: def.id,
    name: def.name,
    matches: def.matches,
    composer: def.composer,
    send: def.send,
    notComposer: def.notComposer ?? [],
    sendKey: def.sendKey ?? 'enter',
    sendKeyChoice: def.sendKeyChoice ?? false,
    conversationKey: def.conversationKey,
    composerFromPath(path) {
      for (const target of path) {
        if (!isElement(target)) continue;
        try {
          if (target.matches(composerCss)) return target;
        } catch {
          return null;
        }
      }
      return null;
    },
    sendFromPath(path) {
      for (const target of path) {
        if (isElement(target) && isSend(target)) return target;
      }
      return null;
    },
    sendFor(composer) {
      // Walk up from the composer (within its own shadow root) to the nearest container holding a send control.
      for (let el: HTMLElement | null = composer.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
        const found = Array.from(el.querySelectorAll<HTMLElement>(sendCss)).find(isSend);
        if (found) return found;
      }
      return null;
    },
    findComposer(root) {
      try {
        return deepQuery(root, composerCss);
      } catch {
        return null;
      }
    },
  };
}

/**
 * querySelector that also looks inside open shadow roots (Reddit nests three,
 * X chat may use one). Only used for preloading, never on a keystroke.
 */
export function deepQuery(root: ParentNode, css: string, depth = 0): HTMLElement | null {
  const direct = root.querySelector<HTMLElement>(css);
  if (direct || depth > 6) return direct;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.shadowRoot) {
      const found = deepQuery(n.shadowRoot, css, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The first capture group of a regular expression over a string, if any. */
export function capture(re: RegExp, text: string): string | null {
  return re.exec(text)?.[1] ?? null;
}
