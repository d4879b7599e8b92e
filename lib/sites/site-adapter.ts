import { closestAcross, editorOnPath, editorsIn, isSendByWords } from './editors';

/**
 * A site adapter describes one messaging site: where its composer lives, how a message is sent there and how to
 * tell one conversation from another. Adapters are data plus small functions; the content script decides everything
 * from the event's own composed path, never from "the first match on the page". Nothing here reads the site's words
 * to find a composer: the editor is recognised by its kind (lib/sites/editors.ts), the place by the site's structure.
 */

/** A CSS selector with the date it was last seen working and where that fact comes from. */
export interface Selector {
  readonly css: string;
  /** ISO date (YYYY-MM) the selector was seen on the live site by the source. */
  readonly seen: string;
  /** Where the fact comes from: a repository, path and commit, or a dated public page (docs/sites.md lists them). */
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
  /** Match patterns for the manifest and the runtime lookup: whole origins (`https://host/*`). */
  readonly matches: readonly string[];
  /** Where conversations are shown: a test on the page's path, read at each event (absent: on every page). */
  readonly where?: RegExp;
  /** Where the composer lives, newest first (the editor root, or an element around it). */
  readonly composer: readonly Selector[];
  /** Send controls by locale-free marks, newest first. */
  readonly send: readonly Selector[];
  /** Editables in those places that are never the composer (edit boxes, hidden mirrors). */
  readonly notComposer?: readonly Selector[];
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
  where?: RegExp;
  composer: Selector[];
  send: Selector[];
  notComposer?: Selector[];
  /** True where the composer sits inside open shadow roots (looked for there when preloading). */
  deep?: boolean;
  sendKey?: SendKey;
  sendKeyChoice?: boolean;
  /** The conversation, as the first capture group of this expression over the address's path. */
  key?: RegExp;
  /** The conversation, where the address alone does not tell it (takes the place of `key`). */
  conversationKey?: (doc: Document, url: URL, composer?: HTMLElement) => string | null;
}

const css = (list: Selector[] | undefined) => (list ?? []).map((s) => s.css).join(',');

/** The path of a page's address (document.URL is cheap to read; a URL object is made only where one is needed). */
const pathOf = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));

/**
 * Declares a site adapter from its data. A composer is an editor root (by kind) that is, or sits inside, one of the
 * adapter's places, and in none of its `notComposer`; on a page where conversations are (`where`). A send control
 * carries one of the adapter's locale-free marks or, as a last fallback, says "send" in one of several languages.
 */
export function defineSiteAdapter(def: SiteDefinition): SiteAdapter {
  const places = css(def.composer);
  const not = css(def.notComposer);
  const sendCss = css(def.send);
  const isComposer = (el: HTMLElement) =>
    (!def.where || def.where.test(pathOf(el.ownerDocument.URL))) && !!closestAcross(el, places) && !(not && closestAcross(el, not));
  const isSend = (el: Element) => (!!sendCss && el.matches(sendCss)) || isSendByWords(el);
  const fail = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A): R | null => {
    try {
      return fn(...a);
    } catch {
      return null; // Fail open: a selector this browser cannot read finds nothing.
    }
  };
  return {
    ...def,
    sendKey: def.sendKey ?? 'enter',
    conversationKey: def.conversationKey ?? ((_doc, url) => (def.key && capture(def.key, url.pathname)) || null),
    composerFromPath: fail((path) => {
      const editor = editorOnPath(path);
      return editor && isComposer(editor) ? editor : null;
    }),
    sendFromPath: fail((path) => (path.find((t) => typeof (t as Element).matches === 'function' && isSend(t as Element)) as HTMLElement) ?? null),
    sendFor: fail((composer) => {
      // Walk up from the composer (within its own shadow root) to the nearest container holding a send control.
      for (let el = composer.parentElement, i = 0; el && i < 8; el = el.parentElement, i++) {
        const found =
          (sendCss ? el.querySelector<HTMLElement>(sendCss) : null) ??
          Array.from(el.querySelectorAll<HTMLElement>('button,[role="button"]')).find(isSendByWords);
        if (found) return found;
      }
      return null;
    }),
    findComposer: fail((root) => editorsIn(root, def.deep).find(isComposer) ?? null),
  };
}

/** The first capture group of a regular expression over a string, if any. */
export function capture(re: RegExp, text: string): string | null {
  return re.exec(text)?.[1] ?? null;
}
