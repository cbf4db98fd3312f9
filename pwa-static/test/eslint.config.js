// ESLint flat config for the app (pwa-static/). Run it with pwa-static/test/lint.sh, which installs the
// pinned eslint, @eslint/js and globals into a cache directory and names it in ESLINT_MODULES.
// It lives in test/ because the app's folder is served and published as it is, except test/ and tools/.
// Correctness rules only: no formatting or style rules.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const where = process.env.ESLINT_MODULES;
const load = createRequire(where ? path.join(path.resolve(where), 'noop.js') : import.meta.url);
const js = load('@eslint/js');
const globals = load('globals');

// Patterns are relative to pwa-static/ (the folder above this one), wherever ESLint runs from.
const app = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export default [
  { ignores: ['test/artifacts/**'] },
  js.configs.recommended,
  {
    // The page: ES modules in the browser.
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // Classic scripts: the service worker, and the outbox core it shares with the page.
    files: ['sw.js', 'outbox-core.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // Node: the smoke test, this config and any tool written in JavaScript. The browser's globals too:
    // the callbacks given to Playwright's page.evaluate() run in the page.
    files: ['test/**/*.{js,mjs}', 'tools/**/*.{js,mjs}'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-undef': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-implicit-globals': 'error',
      'no-shadow': ['error', { builtinGlobals: false, hoist: 'functions' }],
      'no-return-assign': ['error', 'except-parens'],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-promise-executor-return': 'error',
      'no-constructor-return': 'error',
      'no-new-wrappers': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-script-url': 'error',
      'no-throw-literal': 'error',
      'prefer-promise-reject-errors': 'error',
      'array-callback-return': 'error',
      'default-param-last': 'error',
      'no-alert': 'error',
    },
  },
].map((config) => ({ basePath: app, ...config }));
