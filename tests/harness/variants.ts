import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Replicas as people meet the sites: at another host, in another language, or reached from the site's home page by
 * in-app navigation. Each variant is made from an existing replica when it is served, so a replica is written once.
 * Names: `<replica>` (the replica as written), `<replica>@es` (its interface in Spanish), an alias below.
 */

const FIXTURES = resolve(import.meta.dirname, '../fixtures/sites');

/** An address that shows an existing replica: a site's other host, or (`home`) its home page, from which the chat opens in the app. */
export interface Alias {
  fixture: string;
  url: string;
  /** The home page shows one link (`#replica-open`) that opens the replica in place: history.pushState, no page load. */
  home?: boolean;
  /** Where the link goes (default: the replica's own address). */
  chat?: string;
}

/** Where each site's people arrive: its home page (the chat then opens in the app). */
const homes: Record<string, string | { url: string; chat: string }> = {
  whatsapp: 'https://web.whatsapp.com/',
  messenger: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  discord: 'https://discord.com/app',
  slack: 'https://app.slack.com/client/T01',
  telegram: 'https://web.telegram.org/k/',
  'telegram-a': 'https://web.telegram.org/a/',
  x: 'https://x.com/home',
  linkedin: 'https://www.linkedin.com/feed/',
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  'google-messages': 'https://messages.google.com/web/conversations',
  teams: 'https://teams.microsoft.com/v2/',
  // Reddit's chat opens as an overlay on any www.reddit.com page.
  reddit: { url: 'https://www.reddit.com/r/all/', chat: '/chat/room/!aaa:reddit.com' },
  bluesky: 'https://bsky.app/',
};

/** Other addresses that show an existing replica. */
export const aliases: Record<string, Alias> = {
  'messenger-com': { fixture: 'messenger', url: 'https://www.messenger.com/t/1001/' },
  // Teams for work and school moved to teams.cloud.microsoft; personal accounts use teams.live.com.
  'teams-cloud': { fixture: 'teams', url: 'https://teams.cloud.microsoft/' },
  'teams-live': { fixture: 'teams', url: 'https://teams.live.com/v2/' },
  ...Object.fromEntries(
    Object.entries(homes).map(([fixture, home]) => [
      `${fixture}-home`,
      typeof home === 'string' ? { fixture, url: home, home: true } : { fixture, url: home.url, chat: home.chat, home: true },
    ]),
  ),
};

/** The replicas that have a home-page variant (`<replica>-home`). */
export const homeVariants = Object.keys(homes);

/**
 * The interface words of the replicas, in Spanish (Spain), longest first. A phrase is translated where it starts a
 * string or a text (after a quote or `>`) and ends one (before a quote, `<`, or a `${…}`).
 */
const spanish: Array<[string, string]> = [
  ['Messages in conversation with ', 'Mensajes de la conversación con '],
  ['Conversation with ', 'Conversación con '],
  ['Search or start new chat', 'Buscar o empezar un chat nuevo'],
  ['Press enter to send', 'Pulsa Intro para enviar'],
  ['Send \\u202a(Ctrl-Enter)\\u202c', 'Enviar \\u202a(Ctrl-Intro)\\u202c'],
  ['Record voice message', 'Grabar mensaje de voz'],
  ['Start a new message', 'Empieza un mensaje nuevo'],
  ['Search conversations', 'Buscar conversaciones'],
  ['Open emoji picker', 'Abrir el selector de emojis'],
  ['Search Messenger', 'Buscar en Messenger'],
  ['Thread composer', 'Redactor de la conversación'],
  ['Write a message…', 'Escribe un mensaje…'],
  ['Write a message', 'Escribe un mensaje'],
  ['Write message', 'Escribir mensaje'],
  ['Type a message', 'Escribe un mensaje'],
  ['To recipients', 'Destinatarios'],
  ['Message Body', 'Cuerpo del mensaje'],
  ['Send message', 'Enviar mensaje'],
  ['Send Message', 'Enviar mensaje'],
  ['Voice message', 'Mensaje de voz'],
  ['Text message', 'Mensaje de texto'],
  ['Edit message', 'Editar mensaje'],
  ['Search input', 'Entrada de búsqueda'],
  ['Search chats', 'Buscar chats'],
  ['Search mail', 'Buscar correo'],
  ['Send a like', 'Enviar un Me gusta'],
  ['Send a gift', 'Enviar un regalo'],
  ['Select emoji', 'Seleccionar emoji'],
  ['New Message', 'Mensaje nuevo'],
  ['Message...', 'Mensaje...'],
  ['Message @', 'Enviar mensaje a @'],
  ['Message #', 'Enviar mensaje a #'],
  ['Send SMS', 'Enviar SMS'],
  ['Send now', 'Enviar ahora'],
  ['Type to ', 'Escribe a '],
  ['Message', 'Mensaje'],
  ['Subject', 'Asunto'],
  ['Search', 'Buscar'],
  ['Send', 'Enviar'],
  ['Like', 'Me gusta'],
  ['Done', 'Listo'],
];

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same text (a replica, or a selector of a test row) with the interface's words in Spanish. */
export function inSpanish(text: string): string {
  let out = text.replace(/<html lang="en">/, '<html lang="es">');
  for (const [en, es] of spanish) {
    out = out.replace(new RegExp(`(?<=['"\`>])${escapeRe(en)}(?=['"\`<]|\\$\\{)`, 'g'), es);
  }
  return out;
}

/** A home page with one link that opens the replica in place, as a single-page site does (no page load). */
function homePage(replica: string, chat: string): string {
  const data = JSON.stringify(replica).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home</title><script src="/__replica/kit.js"></script>
<style>body{font:15px system-ui;margin:24px}</style></head>
<body><nav><a id="replica-open" href="${chat}">Messages</a></nav><main><h1>Home</h1><p>What is new today.</p></main>
<script type="application/json" id="replica-html">${data}</script>
<script>
// The site's router: the chat opens in place (history.pushState), and its page is rendered without a page load.
document.getElementById('replica-open').addEventListener('click', (e) => {
  e.preventDefault();
  history.pushState({}, '', e.currentTarget.getAttribute('href'));
  const doc = new DOMParser().parseFromString(JSON.parse(document.getElementById('replica-html').textContent), 'text/html');
  document.title = doc.title;
  document.documentElement.lang = doc.documentElement.lang;
  document.head.append(...doc.head.querySelectorAll('style'));
  const scripts = Array.from(doc.querySelectorAll('script'));
  scripts.forEach((s) => s.remove());
  document.body.replaceChildren(...doc.body.childNodes);
  // The replica's own scripts, in order (the kit is already loaded).
  for (const s of scripts) {
    if (s.src) continue;
    const run = document.createElement('script');
    run.textContent = s.textContent;
    document.body.append(run);
  }
});
</script></body></html>`;
}

/** The path (with search and hash) of a replica's own address. */
function chatPath(replica: string): string {
  const url = new URL(/<meta name="replica-url" content="([^"]+)"/.exec(replica)?.[1] ?? 'https://invalid/');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page served for a replica name (`whatsapp`, `whatsapp@es`, `teams-cloud`, `instagram-home`). */
export function servedHtml(name: string): string {
  const [base = name, lang] = name.split('@');
  const alias = aliases[base];
  let html = readFileSync(join(FIXTURES, `${alias?.fixture ?? base}.html`), 'utf8');
  if (lang === 'es') html = inSpanish(html);
  return alias?.home ? homePage(html, alias.chat ?? chatPath(html)) : html;
}
