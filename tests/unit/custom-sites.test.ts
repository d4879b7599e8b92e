import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '../../lib/sites/generic';
import { parseSiteAddress } from '../../lib/ui/options/sections/SitesSection';

describe('adding a site by address', () => {
  it('accepts a plain address and keeps only its origin', () => {
    expect(parseSiteAddress('social.example')).toEqual({ origin: 'https://social.example' });
    expect(parseSiteAddress('  https://chat.example.org/room/1  ')).toEqual({ origin: 'https://chat.example.org' });
    expect(parseSiteAddress('http://localhost.example:8080')).toEqual({ origin: 'http://localhost.example:8080' });
  });
  it('explains kindly what is wrong with anything else', () => {
    for (const bad of ['', 'hello', 'javascript:alert(1)', 'ftp://files.example', 'https://*.example']) {
      const r = parseSiteAddress(bad);
      expect('error' in r, bad).toBe(true);
      expect((r as { error: string }).error).toMatch(/address|web/);
    }
  });
});

describe('the generic adapter for a site the person added', () => {
  const generic = createGenericAdapter('https://social.example');
  function page() {
    document.body.replaceChildren();
    const search = document.createElement('input');
    search.type = 'search';
    const searchArea = document.createElement('textarea');
    searchArea.setAttribute('aria-label', 'Search posts');
    const form = document.createElement('form');
    const toot = document.createElement('textarea');
    const submit = document.createElement('button');
    submit.type = 'submit';
    form.append(toot, submit);
    const chat = document.createElement('div');
    chat.setAttribute('contenteditable', 'true');
    const inner = document.createElement('p');
    chat.append(inner);
    const helper = document.createElement('textarea');
    helper.tabIndex = -1;
    document.body.append(search, searchArea, form, chat, helper);
    return { search, searchArea, toot, chat, inner, helper, submit };
  }

  it('finds the editable the person types in, never a search field or hidden helper', () => {
    const el = page();
    expect(generic.composerFromPath([el.toot, document.body])).toBe(el.toot);
    expect(generic.composerFromPath([el.inner, el.chat, document.body])).toBe(el.chat);
    expect(generic.composerFromPath([el.search, document.body])).toBeNull();
    expect(generic.composerFromPath([el.searchArea, document.body])).toBeNull();
    expect(generic.composerFromPath([el.helper, document.body])).toBeNull();
  });

  it('sends with Ctrl/Cmd+Enter in a form textarea (as on Mastodon) and with Enter elsewhere', () => {
    const el = page();
    expect(generic.sendKeyFor?.(el.toot)).toBe('mod-enter');
    expect(generic.sendKeyFor?.(el.chat)).toBe('enter');
    expect(generic.sendFor(el.toot)).toBe(el.submit);
    expect(generic.sendFromPath([el.submit, document.body])).toBe(el.submit);
  });

  it('tells conversations apart by address', () => {
    expect(generic.conversationKey(document, new URL('https://social.example/@kim/123#x'))).toBe('/@kim/123#x');
    expect(generic.id).toBe('custom:social.example');
  });
});
