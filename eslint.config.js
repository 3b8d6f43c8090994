// Lint also keeps the layers apart: core (pure) → lib → data/ui → features → app, imports flowing one
// way; no feature imports another (the features are read from disk); and no import cycle anywhere in src/.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder under src/features/, as it is on disk: a new feature is walled in without editing this file. */
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-test', '.test-site', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Tally never renders data as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Tally never renders data as HTML.' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['src/**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  layer(
    ['src/core/**'],
    ['react', 'react-dom', 'react-dom/*', '@tanstack/*', '**/lib/**', '**/data/**', '**/ui/**', '**/features/**', '**/app/**'],
    'src/core is pure TypeScript: no React, no data loading, no UI.',
  ),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'history', 'fetch', 'navigator'],
    },
  },
  layer(['src/lib/**'], ['**/data/**', '**/ui/**', '**/features/**', '**/app/**'], 'src/lib is shared: it may not import data, UI, features or the app.'),
  layer(['src/data/**'], ['**/ui/**', '**/features/**', '**/app/**'], 'src/data may not import UI, features or the app.'),
  layer(['src/ui/**'], ['**/data/**', '**/features/**', '**/app/**'], 'src/ui holds shared pieces of screen: no data loading, features or app.'),
  ...features.map((feature) =>
    layer(
      [`src/features/${feature}/**`],
      ['**/app/**', ...features.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/**`, `../${f}/**`])],
      'A feature imports neither the app nor another feature; the app composes them.',
    ),
  ),
  // Import cycles fail the lint: docs/decisions/0010-import-walls.md says why this plugin.
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // Files the rule follows and reads with the TypeScript parser (by default it skips .ts and .tsx).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
