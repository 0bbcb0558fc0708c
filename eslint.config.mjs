// ESLint flat config: typescript-eslint's recommended rules, React hooks, and the architecture's
// boundaries as `no-restricted-imports` (STYLE.md: "boundaries enforced by lint, not by memory").
// Formatting is Prettier's job (.prettierrc.json): no stylistic rule is enabled here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = '**/*.{ts,tsx,mts,cts}';
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** Files `depth` folders below `root` (depth 0 = directly inside it). */
const atDepth = (root, depth) => `${root}/${'*/'.repeat(depth)}*.{ts,tsx}`;
const MAX_DEPTH = 6;
const up = (count) => `^(\\.\\./){${count}}`;

// Plain-Node parts (core, CLI, loopback bridge): never Electron, never the renderer's UI.
const NO_ELECTRON = {
  paths: [{ name: 'electron', message: 'electron/core, cli and bridge run on plain Node: do not import electron.' }],
  patterns: [
    { group: ['electron/*'], message: 'electron/core, cli and bridge run on plain Node: do not import electron.' },
    {
      regex: '(^|/)src/(app|features|ui)(/|$)|(^|/)electron/(main|preload)(/|$)',
      message:
        'Plain-Node code may use src/shared and src/charts only, never the renderer UI or the Electron main/preload.',
    },
  ],
};

// The renderer: only src/ (src/shared for the contract); no Node, no Electron, no core.
const RENDERER_NO_NODE = {
  paths: [
    { name: 'electron', message: 'The renderer talks to the app through window.orchestre (src/app), never electron.' },
    { name: 'better-sqlite3', message: 'The renderer never touches the database: call the API contract.' },
    ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node built-ins.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
    {
      group: ['electron/*', '**/electron/**'],
      message: 'The renderer may not import electron/ (main, preload, core): use the contract in src/shared.',
    },
  ],
};

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.tmp/',
    'resources/',
    'docs/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: [TS],
    rules: {
      // `_`-prefixed names are deliberately unused (callbacks, destructuring leftovers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Environments.
  {
    files: ['electron/**', 'scripts/**', 'bin/**', 'tests/**', '*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**', 'electron/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // React: hooks rules (and the React Compiler's checks that ship with them) where React runs.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // Playwright fixtures are declared by destructuring, even when a test uses none (`async ({}, info)`).
  {
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': 'off' },
  },

  // ── Architecture boundaries ─────────────────────────────────────────────────────────────
  // One `no-restricted-imports` setting per file: ESLint replaces (does not merge) a rule's
  // options when two blocks match, so each block below owns disjoint files.

  // electron/core, electron/cli, electron/bridge: plain Node. Main and preload are siblings
  // inside electron/, reached with `../` as many times as the file is deep below electron/.
  ...Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: ['core', 'cli', 'bridge'].map((zone) => atDepth(`electron/${zone}`, depth)),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...NO_ELECTRON,
          patterns: [
            ...NO_ELECTRON.patterns,
            {
              regex: `${up(depth + 1)}(main|preload)(/|$)`,
              message: 'Plain-Node code may not import the Electron main process or the preload.',
            },
          ],
        },
      ],
    },
  })),

  // The renderer's UI and charts.
  {
    files: ['src/app/**', 'src/features/**', 'src/ui/**', 'src/charts/**', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', RENDERER_NO_NODE] },
  },

  // src/shared: the contract both sides import. Only zod and itself, so it stays pure.
  ...Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: [atDepth('src/shared', depth)],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|\\.\\.?/)',
              message: 'src/shared may import only zod and src/shared itself (it runs in Node and in the page).',
            },
            {
              regex: up(depth + 1),
              message: 'src/shared may import only zod and src/shared itself (it runs in Node and in the page).',
            },
          ],
        },
      ],
    },
  })),
);
