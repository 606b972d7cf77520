// @ts-check
// House rules a reviewer would otherwise repeat (README, "Lint"). Globs are generic over libs/*/ and
// apps/*/ so the rules keep working when files move. no-restricted-imports options do not merge
// across config objects (the last match wins), so each scope below repeats the groups that apply to it.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx'];
const TESTS = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/*.browser-spec.ts',
  '**/*.test.ts',
  '**/*.test.tsx',
  'apps/api/test/**',
  'apps/web/e2e/**',
  'apps/web/src/test/**',
  'libs/*/test/**',
  'libs/testing/**',
];

const DEEP_IMPORTS = {
  regex: '^@veraz/[^/]+/(src|dist)(/|$)',
  message: 'Import the package (@veraz/<lib>), not its src or dist: its index is its public face.',
};
const APP_IMPORTS = [
  { regex: '^@veraz/(api|worker|web)(/|$)', message: 'A lib does not import an app: move what they share into a lib.' },
  { regex: '^(\\.\\./)+apps/', message: 'A lib does not import an app: move what they share into a lib.' },
];
const REPOSITORY_IMPORTS = {
  regex: '^@veraz/',
  importNamePattern: 'Repository$',
  message: "A repository stays inside its lib: call one of that lib's services.",
};
const restrictedImports = (...patterns) => ['error', { patterns: patterns.flat() }];

const PROCESS_ENV = 'Read the environment only in @veraz/config (loadConfig, environmentVariable, childEnvironment).';

// Transactions are opened only by the runners listed on DbScope (libs/tenancy/src/db-context.ts);
// everything else reads the context it was given. Keep this list and that comment the same.
const UNIT_OF_WORK = {
  regex: '^@veraz/tenancy$',
  importNamePattern: '^UnitOfWork$',
  message: 'Only a runner opens a transaction (see DbScope in libs/tenancy): take the context you are given.',
};
const RUNNERS = [
  'apps/api/src/auth/context.interceptor.ts',
  'apps/api/src/auth/access.guard.ts',
  'apps/api/src/auth/institution-slugs.ts',
  'apps/api/src/cli/cli-runner.ts',
  'libs/queue/src/job-workers.ts',
  'libs/queue/src/outbox-relay.ts',
];

export default defineConfig(
  {
    // Generated code (libs/standards/src/generated) is checked against its source by a test instead.
    ignores: ['**/dist/**', '**/node_modules/**', 'libs/standards/src/generated/**', 'apps/web/*.config.ts', '.test-output/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  comments.recommended,
  {
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
    },
  },
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/internal-regex': '^@veraz/',
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.eslint.json', 'apps/web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      // react-router's navigate() may return the router's navigation promise, which does not reject
      // (a failed navigation goes to the route's error boundary).
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'react-router', name: 'NavigateFunction' }] },
      ],
      // async handlers on JSX attributes (onSubmit={handleSubmit(async …)}) are React's own pattern.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Off: dozens of JSON require()s (data files, jest) and any in test doubles, unrelated to this issue.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // A relative path that leaves its lib or app (nearest package.json) is a deep import.
      'import-x/no-relative-packages': 'error',
      // Across libs too: '@veraz/…' resolves to the lib's src (import-x/internal-regex).
      'import-x/no-cycle': 'error',
      'no-restricted-imports': restrictedImports(DEEP_IMPORTS),
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['apps/web/src/**'],
    languageOptions: { parserOptions: { project: ['./tsconfig.eslint.json'], tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: ['./apps/web/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // exhaustive-deps stays off: its 5 findings (useResource, SectionPage, useAutosave) need a
      // behaviour review of each effect, not a lint fix.
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports(DEEP_IMPORTS, APP_IMPORTS) },
  },
  {
    files: ['apps/*/src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrictedImports(DEEP_IMPORTS, REPOSITORY_IMPORTS, UNIT_OF_WORK) },
  },
  {
    files: ['libs/*/src/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrictedImports(DEEP_IMPORTS, APP_IMPORTS, REPOSITORY_IMPORTS, UNIT_OF_WORK) },
  },
  {
    files: RUNNERS.filter((f) => f.startsWith('apps/')),
    rules: { 'no-restricted-imports': restrictedImports(DEEP_IMPORTS, REPOSITORY_IMPORTS) },
  },
  {
    files: RUNNERS.filter((f) => f.startsWith('libs/')),
    rules: { 'no-restricted-imports': restrictedImports(DEEP_IMPORTS, APP_IMPORTS, REPOSITORY_IMPORTS) },
  },
  {
    files: TS,
    ignores: ['libs/config/src/**', ...TESTS],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: PROCESS_ENV }],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value=/^(node:)?process$/] ImportSpecifier[imported.name='env']", message: PROCESS_ENV },
      ],
    },
  },
  {
    // Benchmarks and scripts: plain JavaScript run by node, no type information.
    files: ['bench/**/*.js', 'scripts/**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    // Empty catch blocks are the polling loops' "not up yet, try again".
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
);
