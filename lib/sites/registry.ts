import { originPattern } from './match';
import type { SiteAdapter } from './site-adapter';
import whatsapp from './whatsapp';
import messenger from './messenger';
import instagram from './instagram';
import discord from './discord';
import slack from './slack';
import telegram from './telegram';
import x from './x';
import linkedin from './linkedin';
import gmail from './gmail';
import google_messages from './google-messages';
import teams from './teams';
import reddit from './reddit';
import bluesky from './bluesky';

/** Every built-in site adapter. One array feeds the manifest and the runtime lookup. */
export const sites: readonly SiteAdapter[] = [
  whatsapp,
  messenger,
  instagram,
  discord,
  slack,
  telegram,
  x,
  linkedin,
  gmail,
  google_messages,
  teams,
  reddit,
  bluesky,
];

/** All match patterns of the built-in sites, for the content script's manifest entry. */
export function allMatches(): string[] {
  return sites.flatMap((s) => [...s.matches]);
}

/** Origin patterns of the built-in sites, for the pause page's web-accessible matches. */
export function allOrigins(): string[] {
  return [...new Set(allMatches().map(originPattern))];
}

/**
 * The adapter whose patterns match the URL, if any. Every built-in pattern is a whole origin (`https://host/*`: a
 * unit test keeps it so), so the page's origin is enough; the adapter then decides per event (its `where`).
 */
export function adapterFor(url: string): SiteAdapter | undefined {
  const end = url.indexOf('/', url.indexOf('//') + 2);
  const origin = `${end < 0 ? url : url.slice(0, end)}/*`;
  return sites.find((s) => s.matches.includes(origin));
}

/** The adapter with this id, if any. */
export function adapterById(id: string): SiteAdapter | undefined {
  return sites.find((s) => s.id === id);
}
