// Lint also keeps the layers apart: core (pure) → lib → data → features → app, imports flowing one way.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
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
    ['react', 'react-dom', 'react-dom/*', '@tanstack/*', '**/lib/**', '**/data/**', '**/features/**', '**/app/**'],
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
  ...['reader', 'comparison', 'sources', 'export'].map((feature) =>
    layer(
      [`src/features/${feature}/**`],
      ['**/app/**', ...['reader', 'comparison', 'sources', 'export'].filter((f) => f !== feature).map((f) => `**/features/${f}/**`)],
      'A feature imports neither the app nor another feature; the app composes them.',
    ),
  ),
  // The Studio is a feature like the others: the app composes it with the reader's comparison.
  layer(
    ['src/features/studio/**'],
    ['**/app/**', '**/features/reader/**', '**/features/comparison/**', '**/features/sources/**', '**/features/export/**', '**/features/sharing/**'],
    'A feature imports neither the app nor another feature; the app composes them.',
  ),
);
