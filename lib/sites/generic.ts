import type { SiteAdapter } from './site-adapter';

/** Editables that are never a composer: search fields, hidden helpers, single-line inputs. */
function isComposerCandidate(el: Element): el is HTMLElement {
  const h = el as HTMLElement;
  if (el.localName === 'input') return false;
  const editable = el.localName === 'textarea' || h.isContentEditable || el.getAttribute('role') === 'textbox';
  if (!editable) return false;
  if (el.closest('[role="search"], search, [aria-hidden="true"]')) return false;
  if (el.getAttribute('role') === 'searchbox' || el.getAttribute('tabindex') === '-1') return false;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`.toLowerCase();
  if (/\bsearch\b/.test(label)) return false;
  if (h.isContentEditable && h.parentElement?.isContentEditable) return false; // only the editor's root
  return true;
}

/**
 * The adapter for a site the person added: the composer is the editable they type
 * in (a textarea, a contenteditable root or role=textbox), never a search field.
 * Enter sends, except in a textarea that belongs to a form with a submit button:
 * there Enter makes a new line and Ctrl/Cmd+Enter sends (as on Mastodon).
 */
export function createGenericAdapter(origin: string): SiteAdapter {
  const host = new URL(origin).host;
  return {
    id: `custom:${host}`,
    name: host,
    matches: [`${origin}/*`],
    composer: [],
    send: [],
    notComposer: [],
    sendKey: 'enter',
    sendKeyFor(composer) {
      const form = composer.closest('form');
      return composer.localName === 'textarea' && form?.querySelector('button[type="submit"], input[type="submit"]')
        ? 'mod-enter'
        : 'enter';
    },
    composerFromPath(path) {
      for (const target of path) {
        if (target instanceof Element && isComposerCandidate(target)) return target;
      }
      return null;
    },
    sendFromPath(path) {
      for (const target of path) {
        if (!(target instanceof Element)) continue;
        if (target.matches('button[type="submit"], input[type="submit"]') && target.closest('form')) return target as HTMLElement;
      }
      return null;
    },
    sendFor(composer) {
      return composer.closest('form')?.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]') ?? null;
    },
    findComposer(root) {
      const active = (root as Document).activeElement ?? null;
      if (active && isComposerCandidate(active)) return active;
      return Array.from(root.querySelectorAll('textarea, [contenteditable="true"], [role="textbox"]')).find(isComposerCandidate) ?? null;
    },
    conversationKey: (_doc, url) => `${url.pathname}${url.hash}`,
  };
}
