import { originPattern, urlMatches } from './match';
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

/** The adapter whose patterns match the URL, if any. */
export function adapterFor(url: string): SiteAdapter | undefined {
  return sites.find((s) => urlMatches(url, s.matches));
}

/** The adapter with this id, if any. */
export function adapterById(id: string): SiteAdapter | undefined {
  return sites.find((s) => s.id === id);
}
