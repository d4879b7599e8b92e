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
const dbBoundary = {
  paths: [idbOnlyInDb],
  patterns: [
    { regex: '(^|/)db(/(index|reflections|later|events))?$', message: 'Only the background may use lib/db.' },
    { regex: '(^|/)db/schema$', allowTypeImports: true, message: 'Only type imports of the schema outside the background.' },
  ],
};

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
  {
    files: ['lib/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['entrypoints/background/**', 'tests/**'],
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
