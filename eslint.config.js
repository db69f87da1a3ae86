// ESLint flat config: JavaScript's and TypeScript's recommended rules, and the Astro plugin's for
// .astro files. Formatting is Prettier's job (`npm run lint` runs both), so no style rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist-staging/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter that a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import boundaries: what each folder may import (docs/ARCHITECTURE.md, "What each folder may import").
  {
    // Pure logic, unit-tested without Astro; astro.config.ts loads some of it too.
    files: ['src/lib/**/*.ts', 'src/shiki/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:fs', 'node:fs/*', 'node:child_process'],
              message: 'src/lib is pure: file access belongs in src/build.',
            },
            {
              group: ['astro:*', 'virtual:*'],
              message: 'src/lib runs without Astro: take the data as arguments (src/data loads it).',
            },
            {
              group: [
                '**/build/*',
                '**/integrations/*',
                '**/components/*',
                '**/layouts/*',
                '**/pages/*',
                '**/scripts/*',
              ],
              message: 'src/lib and src/shiki import only src/lib, the JSON data of src/data and packages.',
            },
            {
              // The checked-in data (the CLI grammar, vendored schemas) is facts, not code: its JSON
              // files may be imported. Nothing else of src/data (its modules read astro:content).
              regex: '(^|/)data/(?!(cli|schemas)/[^/]+\\.json$)',
              message:
                'src/lib and src/shiki import only src/lib, packages and the JSON files of src/data/cli and src/data/schemas.',
            },
            {
              group: ['~/*'],
              message:
                'astro.config.ts loads this folder, outside the app build: import relatively, as its other files do.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build steps with file access, and the integration that runs them: loaded by astro.config.ts.
    files: ['src/build/**/*.ts', 'src/integrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro:*', 'virtual:*'],
              message: 'Build steps run outside the pages: no astro:content, no virtual modules.',
            },
            {
              group: ['**/data/*', '**/components/*', '**/layouts/*', '**/pages/*'],
              message: 'src/build and src/integrations import only src/build, src/lib and packages.',
            },
            {
              group: ['~/*'],
              message:
                'astro.config.ts loads this folder, outside the app build: import relatively, as its other files do.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pages' data: read from astro:content and the content model, never from the files again.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:fs', 'node:fs/*', 'node:child_process'],
              message:
                'src/data reads the content model (virtual:notes/model) and astro:content: the model has read the files.',
            },
            {
              group: ['**/components/*', '**/layouts/*', '**/pages/*', '**/scripts/*', '**/integrations/*'],
              message: 'src/data imports astro:content, virtual:notes/model, src/lib and packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, layouts and components render what src/data loads: no file access of their own.
    files: ['src/pages/**/*.{ts,astro}', 'src/layouts/**/*.astro', 'src/components/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:fs', 'node:fs/*', 'node:child_process'],
              message: 'Pages and components take their data from src/data, which reads the content model.',
            },
          ],
        },
      ],
    },
  },
  {
    // Client scripts: bundled for the browser, so nothing that needs Node or the build.
    files: ['src/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'astro:*', 'virtual:*'], message: 'Client scripts run in the browser.' },
            {
              group: ['**/build/*', '**/data/*', '**/integrations/*', '**/model/*', '**/components/*', '**/pages/*'],
              message: 'Client scripts import only src/scripts and browser-safe modules of src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // Client scripts run in the browser (and in the service worker).
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // Scripts that drive a browser: the callbacks of page.evaluate() run in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
