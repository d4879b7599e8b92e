import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * Test pages with real editors from npm (tests/fixtures/editors), each shaped like its site so that site's adapter
 * finds the composer: bundled with Vite at test time into test-output/editors (git-ignored), again only when their
 * sources or the installed packages changed, and served at the site's real address by the test browsers.
 */
const SOURCES = resolve(import.meta.dirname, '../fixtures/editors');
const ROOT = resolve(import.meta.dirname, '../..');
export const EDITORS_OUT = join(ROOT, 'test-output', 'editors');
/** Where the built pages load their scripts and styles from, on the site's own origin. */
const BASE = '/__editors/';

/** Each test page: the editor it hosts, and the site address it is served at (its adapter's). */
export const editorPages = {
  whatsapp: { editor: 'Lexical', url: 'https://web.whatsapp.com/' },
  discord: { editor: 'Slate', url: 'https://discord.com/channels/@me/3001' },
  slack: { editor: 'Quill', url: 'https://app.slack.com/client/T01/C001' },
  teams: { editor: 'CKEditor 5', url: 'https://teams.microsoft.com/v2/' },
  telegram: { editor: 'TipTap (ProseMirror)', url: 'https://web.telegram.org/k/#4001' },
  x: { editor: 'Draft.js', url: 'https://x.com/messages/11-22' },
  /** A composer that refuses everything but a person's own keys (at WhatsApp's address). */
  refuse: { editor: 'refusing', url: 'https://web.whatsapp.com/' },
} as const;

export type EditorPage = keyof typeof editorPages;

/** The composer of each page, where a person clicks. */
export const editorComposers: Record<EditorPage, string> = {
  whatsapp: 'footer [role="textbox"]',
  discord: 'form [role="textbox"]',
  slack: '[data-qa="message_input"] .ql-editor',
  teams: '[data-tid="ckeditor"]',
  telegram: '[data-chat-input-editor="tiptap"] .ProseMirror',
  x: '[data-testid="dmComposerTextInput"]',
  refuse: 'footer [role="textbox"]',
};

/** What decides whether the bundle is still current: the page sources, this file, and the installed packages. */
function stamp(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(SOURCES).sort()) hash.update(f).update(readFileSync(join(SOURCES, f)));
  hash.update(readFileSync(import.meta.filename));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

/** Bundles the pages (once per change of their sources); returns the output folder. */
export async function buildEditorPages(): Promise<string> {
  const want = stamp();
  const stampFile = join(EDITORS_OUT, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) return EDITORS_OUT;
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: SOURCES,
    base: BASE,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: {
      outDir: EDITORS_OUT,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: Object.fromEntries(Object.keys(editorPages).map((p) => [p, join(SOURCES, `${p}.html`)])) },
    },
  });
  writeFileSync(stampFile, want);
  return EDITORS_OUT;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * What a test browser answers for a request to the page's site: the page for any address of it, its scripts and
 * styles under /__editors/, nothing else (null: refused).
 */
export function serveEditorPage(page: EditorPage, url: URL): { body: Buffer; contentType: string } | null {
  if (url.pathname.startsWith(BASE)) {
    const file = normalize(join(EDITORS_OUT, url.pathname.slice(BASE.length)));
    if (!file.startsWith(EDITORS_OUT) || !existsSync(file)) return null;
    return { body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' };
  }
  return { body: readFileSync(join(EDITORS_OUT, `${page}.html`)), contentType: types['.html']! };
}
