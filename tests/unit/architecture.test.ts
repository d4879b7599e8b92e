import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('architecture rules (lint)', () => {
  it('refuses HTML sinks and eval anywhere', async () => {
    expect(await errorsFor('document.body.innerHTML = "x";\n', 'lib/ui/x.ts')).toContain('no-restricted-syntax');
    expect(await errorsFor('const a = <div dangerouslySetInnerHTML={{ __html: "x" }} />;\nexport { a };\n', 'lib/ui/x.tsx')).toContain(
      'no-restricted-syntax',
    );
    expect(await errorsFor('eval("1");\n', 'lib/x.ts')).toContain('no-eval');
    expect(await errorsFor('export const f = new Function("return 1");\n', 'lib/x.ts')).toContain('no-new-func');
  });

  it('lets only lib/db import idb', async () => {
    const code = "import { openDB } from 'idb';\nexport { openDB };\n";
    expect(await errorsFor(code, 'lib/ui/x.ts')).toContain('no-restricted-imports');
    expect(await errorsFor(code, 'entrypoints/background/x.ts')).toContain('no-restricted-imports');
    expect(await errorsFor(code, 'lib/db/x.ts')).toEqual([]);
  });

  it('lets only the background use lib/db (type imports of the schema are fine)', async () => {
    const use = "import { openJournal } from '../db';\nexport { openJournal };\n";
    expect(await errorsFor(use, 'lib/ui/x.ts')).toContain('no-restricted-imports');
    expect(await errorsFor("import { addReflection } from '../../lib/db/reflections';\nexport { addReflection };\n", 'entrypoints/popup/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await errorsFor("import { openJournal } from '../../lib/db';\nexport { openJournal };\n", 'entrypoints/background/x.ts')).toEqual([]);
    expect(await errorsFor("import type { Reflection } from '../db/schema';\nexport type R = Reflection;\n", 'lib/ui/x.ts')).toEqual([]);
  });

  it('keeps content scripts away from page-origin storage', async () => {
    for (const api of ['indexedDB.open("x")', 'localStorage.getItem("x")', 'sessionStorage.clear()', 'window.localStorage.length']) {
      expect(await errorsFor(`${api};\n`, 'entrypoints/messaging.content/x.ts')).not.toEqual([]);
      expect(await errorsFor(`${api};\n`, 'lib/content/x.ts')).not.toEqual([]);
    }
  });

  it('keeps timers that poll out of content scripts', async () => {
    for (const code of ['setInterval(() => 1, 100);\n', 'window.setInterval(() => 1, 100);\n', "window.addEventListener('wxt:locationchange', () => 1);\n"]) {
      expect(await errorsFor(code, 'lib/content/x.ts'), code).not.toEqual([]);
      expect(await errorsFor(code, 'lib/sites/x.ts'), code).not.toEqual([]);
    }
    expect(await errorsFor('setInterval(() => 1, 100);\n', 'lib/ui/x.ts')).toEqual([]);
  });

  it('keeps each room to its own imports (the zones in eslint.config.js)', async () => {
    const refused = async (code: string, file: string) => expect(await errorsFor(code, file), `${file}: ${code}`).toContain('no-restricted-imports');
    const allowed = async (code: string, file: string) => expect(await errorsFor(code, file), `${file}: ${code}`).toEqual([]);
    // The domain model is the floor.
    await refused("import type { StoredReflection } from '../db/schema';\nexport type S = StoredReflection;\n", 'lib/model/x.ts');
    await refused("import { sendToBackground } from '../protocol/to-background';\nexport { sendToBackground };\n", 'lib/model/x.ts');
    await allowed("import { t } from '../i18n';\nexport { t };\n", 'lib/model/x.ts');
    // Storage sits below the domain.
    await refused("import { searchWords } from '../journal/search';\nexport { searchWords };\n", 'lib/db/x.ts');
    await refused("import type { BackgroundApi } from '../protocol/to-background';\nexport type B = BackgroundApi;\n", 'lib/db/x.ts');
    await allowed("import type { Reflection } from '../model';\nexport type R = Reflection;\n", 'lib/db/x.ts');
    // Domain logic and protocols do not touch the database or pages.
    await refused("import { listReflections } from '../db/reflections';\nexport { listReflections };\n", 'lib/journal/x.ts');
    await refused("import { siteName } from '../ui/shared/site-name';\nexport { siteName };\n", 'lib/protocol/x.ts');
    // No page imports another page; shared UI belongs to none.
    await refused("import { LaterList } from '../popup/LaterList';\nexport { LaterList };\n", 'lib/ui/options/x.tsx');
    await refused("import { LaterList } from '../../popup/LaterList';\nexport { LaterList };\n", 'lib/ui/options/sections/x.tsx');
    await refused("import { PauseApp } from '../pause/PauseApp';\nexport { PauseApp };\n", 'lib/ui/shared/x.tsx');
    await refused("import { PopupApp } from '../../lib/ui/popup/PopupApp';\nexport { PopupApp };\n", 'entrypoints/options/x.tsx');
    await allowed("import { Breathing } from '../shared/Breathing';\nexport { Breathing };\n", 'lib/ui/options/x.tsx');
    await allowed("import { practiceBackground } from '../../lib/ui/pause/practice';\nexport { practiceBackground };\n", 'entrypoints/pause/x.tsx');
    // The content script's rooms carry no pages and no journal; the background carries no page code.
    await refused("import { searchWords } from '../journal/search';\nexport { searchWords };\n", 'lib/content/x.ts');
    await refused("import { siteName } from '../../lib/ui/shared/site-name';\nexport { siteName };\n", 'entrypoints/background/x.ts');
    await allowed("import { openJournal } from '../../lib/db';\nexport { openJournal };\n", 'entrypoints/background/x.ts');
  }, 60_000);

  it('the real tree follows the rules', async () => {
    const results = await eslint.lintFiles(['entrypoints', 'lib']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${relative(ROOT, r.filePath)}: ${m.message}`));
    expect(errors).toEqual([]);
    // Entry files are wiring: no file outside lib/ defines the message handlers' logic twice.
    const idbImports = sourceFiles(join(ROOT, 'lib'))
      .concat(sourceFiles(join(ROOT, 'entrypoints')))
      .filter((f) => /from 'idb'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(idbImports.every((f) => f.startsWith('lib/db/'))).toBe(true);
    // Linting the whole tree takes 2-3 s on a quiet 2-core machine and over 15 s under load: time enough.
  }, 120_000);
});
