// Lint: typescript-eslint everywhere; Lit and web-component rules for the elements.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tsbuild/**', 'coverage/**', 'storybook-static/**', 'bench-results/**', '.data/**', 'docs/openapi.json', '**/*.d.ts', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always', allowObjectTypes: 'always' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='unsafeHTML']", message: 'User content is text, never HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'User content is text, never HTML.' },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    // One-way layers: contract <- sdk <- elements; contract <- server.
    files: ['packages/contract/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@evident/sdk', '@evident/elements', '@evident/server', 'ky', 'lit', 'lit/*'] }] },
  },
  {
    files: ['packages/sdk/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@evident/elements', '@evident/server', 'lit', 'lit/*', 'node:*'] }] },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@evident/server', 'node:*'] }] },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@evident/elements', 'lit', 'lit/*'] }] },
  },
);
