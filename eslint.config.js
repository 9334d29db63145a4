// @ts-check
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
    target: './src/features',
    from: ['./src/app', './src/mocks'],
    message: 'features/ never import app/ or the demo backend.',
  },
];

const features = [
  'models',
  'homes',
  'settings',
  'drift',
  'deployments',
  'incidents',
  'alerts',
  'service-health',
  'retraining',
  'performance',
];
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
