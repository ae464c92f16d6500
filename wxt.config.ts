import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COMPILE_HINT } from './scripts/lib/compile-hint';

/**
 * Puts V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) at the top of a
 * script, so that Chrome compiles all its functions with the script instead of each at its first
 * call. For the probe, which calls most of its functions on every page: measured in Chromium on the
 * corpus's non-news pages, about 0.1 ms less per page in a renderer that has run it before (whose
 * cached bytecode the engine may have dropped since) and 1.4 ms less in a new one. Other browsers
 * read it as a comment.
 */
const compileHint = (): Plugin => ({
  name: 'newslens:compile-hint',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = COMPILE_HINT + chunk.code;
  },
});

/** The id WXT gives the module that runs an unlisted script, followed by the script's path. */
const UNLISTED_RUNNER = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * Runs the probe's main function directly, in place of WXT's runner for unlisted scripts: its logger
 * (silent in a production build) and the try/catch that only logs through it are 0.4 KB that a new
 * renderer compiles on every page for nothing. An error in the probe is thrown as before. WXT's
 * plugins are still initialised first. Should WXT rename its module, this never matches and the
 * build keeps WXT's runner.
 */
const directRun = (): Plugin => ({
  name: 'newslens:direct-run',
  enforce: 'pre',
  load(id) {
    if (!id.startsWith(UNLISTED_RUNNER)) return null;
    const script = JSON.stringify(id.slice(UNLISTED_RUNNER.length));
    return `import definition from ${script};\nimport { initPlugins } from 'virtual:wxt-plugins';\ninitPlugins();\ndefinition.main();\n`;
  },
});

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The module wires webextension-polyfill in, so `browser` has the same promise-based API in Chrome and
  // Firefox and resolves to WXT's fake browser in tests.
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT has no Preact module; the Vite preset handles JSX and aliases react to preact/compat.
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // The interface speaks the browser's language: public/_locales/{en,fr}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Storage for settings, and scripting to inject the reader where the probe finds news. Page access
    // comes from the content scripts' matches (the reader's become host_permissions): the same "read and
    // change your data on all websites" a content script on every page asks for.
    permissions: ['storage', 'scripting'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Firefox needs a stable id to keep storage across reinstalls and to sign the add-on.
          id: 'newslens@example.org',
          // 140 is the first release that understands data_collection_permissions.
          strict_min_version: '140.0',
          // Declares that nothing is collected, as Firefox requires of new add-ons since November 2025.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android understands data_collection_permissions from 142 (desktop from 140, the ESR).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0].name !== 'probe') return;
      (config.plugins ??= []).push(directRun());
      // Not with source maps (`wxt dev`): the line it adds would shift them.
      if (!config.build?.sourcemap) config.plugins.push(compileHint());
    },
    // The probe (entrypoints/probe.ts) runs on every page as a plain script: see its comment.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        { matches: ['http://*/*', 'https://*/*'], js: ['probe.js'], run_at: 'document_idle' },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
  zip: {
    // The Firefox sources zip packs the project root: keep local logs, test and benchmark output out of it.
    excludeSources: ['**/*.log', 'coverage/**', 'test-results/**', 'tmp-*/**', '.bench-*/**', '.output/**'],
  },
});
