// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser and extension APIs that code without a page or an extension around it cannot rely on. */
const browserGlobals = ['document', 'window', 'browser', 'chrome', 'navigator', 'location', 'localStorage'];

/** Folders that may depend on analysis/, never the reverse: the arrows point UI -> DOM -> analysis. */
const outerZones = [
  '**/dom',
  '**/dom/**',
  '**/entrypoints',
  '**/entrypoints/**',
  '**/components',
  '**/components/**',
];

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'node_modules/', 'docs/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Nothing is ever inserted as HTML: innerHTML, outerHTML, insertAdjacentHTML, document.write and kin
    // with anything but a literal fail. Text goes in as text nodes, elements are built with createElement.
    // tests/lint-security.test.ts proves these fire.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ...noUnsanitized.configs.recommended,
  },
  {
    // Preact's escape hatch into innerHTML, as a JSX attribute or as a props object given to h().
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          "Property[key.name='dangerouslySetInnerHTML']",
          "Property[key.value='dangerouslySetInnerHTML']",
        ].map((selector) => ({
          selector,
          message: 'Never insert HTML: render text and elements instead of dangerouslySetInnerHTML.',
        })),
      ],
    },
  },
  {
    // Tests build their own fixture DOMs from their own strings; nothing there comes from a web page.
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  {
    // Plain JS here is node tooling (configs, generators).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // analysis/ must run in node as is: text in, spans out. tests/lint-boundaries.test.ts proves this fires.
    files: ['analysis/**/*.ts', 'analysis/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'analysis/ is pure TypeScript: pass text in instead of reading the page or the extension.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt', '#imports', 'webextension-polyfill', 'happy-dom', 'preact'].map((name) => ({
            name,
            message: 'analysis/ must not depend on the extension, the DOM or the UI.',
          })),
          patterns: [
            {
              group: ['wxt/*', 'preact/*'],
              message: 'analysis/ must not depend on the extension or the UI.',
            },
            {
              group: outerZones,
              message: 'analysis/ must not import from dom/, entrypoints/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components only display: extension I/O belongs to the container that renders them.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome'].map((name) => ({
          name,
          message: 'Components only display: take data as props from the container.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'wxt/browser', '#imports'].map((name) => ({
            name,
            message: 'Components only display: take data as props from the container.',
          })),
        },
      ],
    },
  },
);
