import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPatternToRegExp, originPattern, urlMatches } from '../../lib/sites/match';
import { adapterById, adapterFor, allMatches, allOrigins, sites } from '../../lib/sites/registry';
import { whatsappChat } from './dom';

describe('match patterns', () => {
  it('matches scheme, host and path like the browser does', () => {
    expect(urlMatches('https://web.whatsapp.com/', ['https://web.whatsapp.com/*'])).toBe(true);
    expect(urlMatches('https://web.whatsapp.com.evil.test/', ['https://web.whatsapp.com/*'])).toBe(false);
    expect(urlMatches('http://web.whatsapp.com/', ['https://web.whatsapp.com/*'])).toBe(false);
    expect(urlMatches('https://a.b.example.com/x', ['*://*.example.com/*'])).toBe(true);
    expect(urlMatches('https://example.com/x', ['*://*.example.com/*'])).toBe(true);
    expect(urlMatches('https://www.facebook.com/messages/t/1', ['https://www.facebook.com/messages/*'])).toBe(true);
    expect(urlMatches('https://www.facebook.com/home', ['https://www.facebook.com/messages/*'])).toBe(false);
  });
  it('refuses invalid patterns', () => {
    expect(() => matchPatternToRegExp('web.whatsapp.com')).toThrow();
  });
  it('derives origin patterns', () => {
    expect(originPattern('https://www.facebook.com/messages/*')).toBe('https://www.facebook.com/*');
  });
});

describe('the site registry', () => {
  it('has unique ids, a replica per adapter and dated, sourced selectors', () => {
    const ids = sites.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sites) {
      expect(existsSync(resolve(import.meta.dirname, `../fixtures/sites/${s.id}.html`))).toBe(true);
      expect(existsSync(resolve(import.meta.dirname, `../../lib/sites/${s.id}.ts`))).toBe(true);
      expect(s.composer.length).toBeGreaterThan(0);
      for (const sel of [...s.composer, ...s.send, ...(s.notComposer ?? [])]) {
        expect(sel.seen).toMatch(/^\d{4}(-\d{2})?$/);
        expect(sel.source.length).toBeGreaterThan(3);
        expect(() => document.querySelector(sel.css)).not.toThrow();
      }
      expect(adapterById(s.id)).toBe(s);
    }
  });
  it("every replica names its real address, and that address is its adapter's (the harness serves it there)", () => {
    for (const s of sites) {
      const html = readFileSync(resolve(import.meta.dirname, `../fixtures/sites/${s.id}.html`), 'utf8');
      const url = /<meta name="replica-url" content="([^"]+)"/.exec(html)?.[1];
      expect(url, s.id).toBeTruthy();
      expect(adapterFor(url!)?.id, url).toBe(s.id);
    }
  });
  it('matches whole origins only (people arrive at a home page and open a chat in the app), so the page origin finds the adapter', () => {
    for (const pattern of allMatches()) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(adapterFor('https://www.facebook.com/')?.id).toBe('messenger');
    expect(adapterFor('https://www.instagram.com/explore/')?.id).toBe('instagram');
    expect(adapterFor('https://x.com/home')?.id).toBe('x');
    expect(adapterFor('https://bsky.app/')?.id).toBe('bluesky');
    expect(adapterFor('https://discord.com/app')?.id).toBe('discord');
    expect(adapterFor('https://www.reddit.com/r/all/')?.id).toBe('reddit');
    expect(adapterFor('https://teams.cloud.microsoft/')?.id).toBe('teams');
    expect(adapterFor('https://teams.microsoft.com.evil.test/')).toBeUndefined();
    expect(adapterFor('http://web.whatsapp.com/')).toBeUndefined();
  });
  it('asks for host access per origin, as before, plus Teams at its new host (teams.cloud.microsoft)', () => {
    expect(allOrigins()).toEqual([
      'https://web.whatsapp.com/*',
      'https://www.facebook.com/*',
      'https://www.messenger.com/*',
      'https://www.instagram.com/*',
      'https://discord.com/*',
      'https://app.slack.com/*',
      'https://web.telegram.org/*',
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.linkedin.com/*',
      'https://mail.google.com/*',
      'https://messages.google.com/*',
      'https://teams.cloud.microsoft/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://chat.reddit.com/*',
      'https://www.reddit.com/*',
      'https://bsky.app/*',
    ]);
  });
  it('feeds the manifest and the runtime lookup from one list', () => {
    expect(allMatches()).toContain('https://web.whatsapp.com/*');
    expect(allOrigins()).toContain('https://web.whatsapp.com/*');
    expect(adapterFor('https://web.whatsapp.com/')?.id).toBe('whatsapp');
    expect(adapterFor('https://example.com/')).toBeUndefined();
  });
});

describe('the WhatsApp adapter', () => {
  const wa = adapterById('whatsapp')!;
  const page = () => whatsappChat();

  it('finds the composer from the event path, never the search box', () => {
    const { search, editor, p } = page();
    expect(wa.composerFromPath([p, editor, document.body, document, window])).toBe(editor);
    expect(wa.composerFromPath([search, document.body, document, window])).toBeNull();
    expect(wa.findComposer(document)).toBe(editor);
  });

  it('tells the conversation from the message rows, then the header', () => {
    const { row } = page();
    expect(wa.conversationKey(document, new URL('https://web.whatsapp.com/'))).toBe('447700900001@c.us');
    row.remove();
    expect(wa.conversationKey(document, new URL('https://web.whatsapp.com/'))).toBe('title:Alex');
  });
});
