// Lint enforces the architecture: each folder may import only the layers below it, and the message
// says why, so a newcomer learns the rule from the error rather than from a wiki.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Builds a no-restricted-imports rule forbidding the given src/ folders, with a reason. */
function forbid(folders, reason, extra = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...folders.map((folder) => ({
            regex: `(^|/)(\\.\\./)+${folder}(/|$)`,
            message: reason,
          })),
          ...extra,
        ],
      },
    ],
  };
}

const dexieOnlyInData = {
  group: ['dexie', 'dexie-react-hooks'],
  message:
    'Only src/data may import Dexie: storage stays behind one module so schema upgrades and storage errors are handled in one place.',
};
const i18nextOnlyInI18n = {
  group: ['i18next'],
  message: 'Only src/i18n configures i18next; use react-i18next hooks or src/i18n exports.',
};

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'bench', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ['app', 'features', 'content', 'data', 'ui', 'i18n', 'pwa', 'routing'],
      'src/domain holds pure types and rules: no React, storage, DOM or translation, so it can be tested and reused anywhere.',
      [
        { group: ['react', 'react-dom', 'react-i18next'], message: 'src/domain is pure: no React.' },
        dexieOnlyInData,
        i18nextOnlyInI18n,
      ],
    ),
  },
  {
    files: ['src/content/**'],
    rules: forbid(
      ['app', 'features', 'data', 'ui', 'i18n', 'pwa', 'routing', 'lib'],
      'src/content is typed data checked by schemas from src/domain; it must not depend on code that runs the app.',
      [
        { group: ['react', 'react-dom', 'react-i18next'], message: 'Content is data, not JSX.' },
        dexieOnlyInData,
        i18nextOnlyInI18n,
      ],
    ),
  },
  {
    files: ['src/lib/**'],
    rules: forbid(
      ['app', 'features', 'content', 'data', 'ui', 'i18n', 'pwa', 'routing', 'domain'],
      'src/lib holds framework-free helpers that depend on nothing else in the app.',
      [
        { group: ['react', 'react-dom', 'react-i18next'], message: 'src/lib is framework-free.' },
        dexieOnlyInData,
        i18nextOnlyInI18n,
      ],
    ),
  },
  {
    files: ['src/data/**'],
    rules: forbid(
      ['app', 'features', 'content', 'ui', 'i18n', 'pwa', 'routing'],
      'src/data is storage only: it knows domain types, never screens or translations.',
      [i18nextOnlyInI18n],
    ),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(
      ['app', 'features', 'content', 'data', 'i18n', 'pwa', 'routing'],
      'src/ui is presentational: text and data arrive by props, so components stay reusable and testable.',
      [
        { group: ['react-i18next'], message: 'src/ui gets its text by props, not from i18n.' },
        dexieOnlyInData,
        i18nextOnlyInI18n,
      ],
    ),
  },
  {
    files: ['src/i18n/**', 'src/routing/**', 'src/pwa/**'],
    rules: forbid(
      ['app', 'features', 'ui'],
      'Infrastructure (i18n, routing, pwa) sits below features and the app shell; it must not depend on them.',
      [dexieOnlyInData],
    ),
  },
  {
    files: ['src/features/**'],
    rules: forbid(['app'], 'Features are composed by src/app, never the other way round.', [
      {
        regex: '^\\.\\./[^./][^/]*/.+',
        message: 'Import another feature only through its index.ts, so its insides can change freely.',
      },
      dexieOnlyInData,
      i18nextOnlyInI18n,
    ]),
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: forbid([], '', [dexieOnlyInData, i18nextOnlyInI18n]),
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: { 'no-console': 'off' },
  },
);
