import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      '**/node_modules/',
      '.tmp/',
      'bench/.out/',
      'collector/dist/',
      'collector/.palaute-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // The browser's own reportError() throws to window.onerror: a missing import of the kit's
      // reportError (delivery/log.ts) type-checks and turns a console line into an uncaught error.
      'no-restricted-globals': ['error', { name: 'reportError', message: 'import it from delivery/log.ts' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'demo/collector.ts', 'vite.config.ts', 'collector/**/*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests that drive a browser: callbacks passed to page.evaluate run in the page.
    files: [
      'test/embedding/**/*.mjs',
      'test/package/**/*.mjs',
      'test/frameworks/**/*.mjs',
      'test/results/**/*.mjs',
      'test/report-inbox/**/*.mjs',
      'test/dashboard/**/*.mjs',
      'test/deviation-form/**/*.mjs',
      'test/support/pending-records.mjs',
      'scripts/screenshots.mjs',
      'scripts/soak.mjs',
      'bench/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
