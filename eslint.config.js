// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture as lint rules: domain → sources → ui/lib/stores → features → app.
 * Features never reach into each other; only app/ composes them.
 */
const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/sources',
      './src/ui',
      './src/lib',
      './src/stores',
      './src/features',
      './src/app',
      './src/mocks',
    ],
    message: 'domain/ is pure: no sources, UI or app code.',
  },
  {
    target: './src/sources',
    from: ['./src/ui', './src/stores', './src/features', './src/app', './src/mocks'],
    message: 'sources/ never import UI, stores or features.',
  },
  {
    target: './src/ui',
    from: ['./src/sources', './src/features', './src/app', './src/mocks'],
    message: 'ui/ takes data as props; it never calls sources or features.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/app', './src/mocks', './src/bench'],
    message: 'lib/ is shared by every feature: it never imports features, app/ or the demo backend.',
  },
  {
    target: './src/stores',
    from: ['./src/ui', './src/lib', './src/features', './src/app', './src/mocks', './src/bench'],
    message: 'stores/ hold client state: they never import UI, features, app/ or the demo backend.',
  },
  {
    target: './src/mocks',
    from: ['./src/ui', './src/lib', './src/stores', './src/features', './src/app', './src/bench'],
    message: 'mocks/ is a backend: it speaks wire formats and never imports the app.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/mocks', './src/bench'],
    message: 'features/ never import app/ or the demo backend.',
  },
  {
    target: './src/app',
    from: ['./src/bench'],
    message: 'The benchmark pages are their own entry (bench.html); the app never ships them.',
  },
];

/** Every folder under src/features is a feature; a new one is fenced in without editing this file. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** React and the network: domain/ is pure logic, sources/ talk to backends but render nothing. */
const reactImports = [
  { name: 'react', message: 'No React here: this layer renders nothing.' },
  { name: 'react-dom', message: 'No React here: this layer renders nothing.' },
  { name: '@tanstack/react-query', message: 'No React here: queries live in features and lib.' },
  { name: 'react-router', message: 'No React here: this layer renders nothing.' },
];
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'domain/ is pure: no network. Sources talk to backends.',
}));
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other; compose them in app/.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench-results',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.mts'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'error',
      'import-x/no-cycle': ['error', { maxDepth: 6 }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel re-exports: import from the module itself.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: reactImports, patterns: ['msw', 'msw/*'] }],
      'no-restricted-globals': ['error', ...networkGlobals],
    },
  },
  {
    files: ['src/sources/**/*.ts', 'src/sources/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: reactImports }] },
  },
  {
    // One classic zod schema anywhere in the app, even in a lazy chunk, puts zod's whole core on
    // the landing route (src/sources/zod-mini.ts says why): schemas use zod/mini, from there.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/test/**', 'src/sources/zod-mini.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/mini', 'zod/v4', 'zod/v4-mini'].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Import { z } from src/sources/zod-mini.ts: zod/mini with zod's English messages.",
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'src/test/**', 'scripts/**'],
    rules: {
      // Tests may stand up the demo backend anywhere.
      'import-x/no-restricted-paths': [
        'error',
        { zones: layerZones.filter((z) => z.target === './src/domain') },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
