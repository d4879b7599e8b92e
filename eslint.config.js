// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: build DOM with text nodes or Preact children.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML, even to read.' },
];

const idbOnlyInDb = { name: 'idb', message: 'Only lib/db/ may import idb.' };
const dbUse = [
  { regex: '(^|/)db(/(index|reflections|later|events))?$', message: 'Only the background may use lib/db.' },
  { regex: '(^|/)db/schema$', allowTypeImports: true, message: 'Only type imports of the schema outside the background.' },
];
const dbBoundary = { paths: [idbOnlyInDb], patterns: dbUse };

/**
 * Zones: what each room of the house may import (README, "How it works" → "Where things live"). Each entry is a
 * list of module folders (matched as path segments of the import) that files of the zone may not reach.
 */
const segment = (names) => `(^|/)(${names.join('|')})(/|$)`;
/** Page folders are matched as folders only (lib/ui/pause/practice.ts is not the practice page). */
const folder = (names) => `(^|/)(${names.join('|')})/`;
const pages = ['popup', 'pause', 'options', 'practice', 'welcome'];
const otherPages = (page) => pages.filter((p) => p !== page);
const noUpward = (names, why) => ({ regex: segment(names), message: why });
const zone = (files, patterns, paths = [idbOnlyInDb]) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});
const zones = [
  // The domain model is the floor: it knows no storage, protocol, page or site.
  zone(['lib/model/**'], [noUpward(['db', 'protocol', 'ui', 'journal', 'content', 'sites', 'trigger', 'nudges', 'entrypoints'], 'lib/model is the floor: it imports nothing above it.')]),
  // Storage sits below the domain's logic: it stores the model and knows nothing of search, pages or messages.
  zone(['lib/db/**'], [noUpward(['journal', 'protocol', 'ui', 'content', 'sites', 'trigger', 'nudges', 'entrypoints'], 'lib/db sits below the domain: it imports only lib/model, crypto and i18n.')], []),
  // Protocols describe channels; they use the model and the domain's query types, never storage or pages.
  zone(['lib/protocol/**'], [...dbUse, noUpward(['ui', 'content', 'sites', 'entrypoints'], 'A protocol module is a contract: no pages, no content script.')]),
  // The domain's logic (search, insights, the read model, import checks) works on the model, not on the database.
  zone(['lib/journal/**', 'lib/nudges/**', 'lib/later/**'], [...dbUse, noUpward(['ui', 'content', 'entrypoints'], 'Domain logic knows no pages.')]),
  // The content script's rooms never reach storage or pages.
  zone(['lib/content/**', 'lib/sites/**', 'lib/trigger/**'], [...dbUse, noUpward(['ui', 'journal', 'entrypoints'], 'The content script carries no page code and no journal.')]),
  // Shared UI serves every page and belongs to none.
  zone(['lib/ui/shared/**'], [...dbUse, { regex: folder([...pages, 'entrypoints']), message: 'lib/ui/shared belongs to no page.' }]),
  // A page's UI uses shared UI, never another page's.
  ...pages.map((page) => zone([`lib/ui/${page}/**`], [...dbUse, { regex: folder([...otherPages(page), 'entrypoints']), message: `lib/ui/${page} may not import another page: move what both need to lib/ui/shared.` }])),
  ...pages.map((page) => zone([`entrypoints/${page}/**`], [...dbUse, { regex: folder([...otherPages(page), 'background']), message: `entrypoints/${page} wires its own page only.` }])),
  // The background owns the journal, and no page code.
  zone(['entrypoints/background/**'], [{ regex: folder(['ui', ...pages]), message: 'The background carries no page code.' }]),
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-output/', 'bench-output/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only lib/db may import idb; only the background may use lib/db (type imports of the schema are fine).
      'no-restricted-imports': ['error', dbBoundary],
    },
  },
  ...zones,
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [idbOnlyInDb] }] },
  },
  {
    // The content script runs in the website's origin: its storage belongs to the website.
    files: ['entrypoints/*.content/**', 'lib/content/**', 'lib/sites/**', 'lib/trigger/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: "A content script's IndexedDB belongs to the website." },
        { name: 'localStorage', message: "A content script's localStorage belongs to the website." },
        { name: 'sessionStorage', message: "A content script's sessionStorage belongs to the website." },
        { name: 'setInterval', message: 'No polling in the content script: it lives in busy chat pages. React to events.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...htmlSinks,
        { selector: "CallExpression[callee.property.name='setInterval']", message: 'No polling in the content script.' },
        { selector: "Literal[value='wxt:locationchange']", message: "WXT's location watcher polls every second where the Navigation API is missing." },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'indexedDB', message: "A content script's IndexedDB belongs to the website." },
        { property: 'localStorage', message: "A content script's localStorage belongs to the website." },
        { property: 'sessionStorage', message: "A content script's sessionStorage belongs to the website." },
      ],
    },
  },
);
