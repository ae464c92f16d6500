/**
 * The Firefox build in a real Firefox: it installs as a temporary add-on and highlights a news page,
 * and the browser logs no error from it (driven over WebDriver BiDi: see ./firefox.ts). Debian's
 * firefox-esr is enough; without a Firefox the test is skipped and says why.
 */
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds } from '../../scripts/lib/sources';
import {
  BiDiSession,
  FIREFOX_EXTENSION_DIR,
  extensionErrors,
  findFirefox,
  startFirefox,
  stopFirefox,
} from './firefox';

/** The first bundled source, whose generated news page has leaders and claims to highlight. */
const [SOURCE_ID] = sourceIds();

const firefox = findFirefox();
if (!firefox) {
  console.warn(
    'Firefox smoke test skipped: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).',
  );
}

describe.skipIf(!firefox)('the Firefox build in Firefox', () => {
  let server: FixtureServer;
  let profile: string;
  let firefoxProcess: ChildProcess | undefined;
  let bidi: BiDiSession;

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
      throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
    server = await startFixtureServer();
    profile = mkdtempSync(join(tmpdir(), 'newslens-firefox-'));
    const started = await startFirefox(firefox!, profile);
    firefoxProcess = started.process;
    bidi = await BiDiSession.open(started.endpoint);
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  }, 90_000);

  afterAll(async () => {
    await bidi?.close();
    await stopFirefox(firefoxProcess);
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('installs as a temporary add-on and highlights a news article, with no error logged', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    // Firefox refuses an add-on whose manifest or files it cannot load, and says why.
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
    expect(installed.extension).toBe(manifest.browser_specific_settings.gecko.id);

    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const tab = contexts[0].context;
    await bidi.send('browsingContext.navigate', {
      context: tab,
      url: `${server.url}/news/${SOURCE_ID}.html`,
      wait: 'complete',
    });

    let kinds: string[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const marks = await bidi.evaluateString(
        tab,
        `JSON.stringify([...document.querySelectorAll('newslens-mark')].map((m) => m.dataset.newslensKind))`,
      );
      kinds = JSON.parse(marks) as string[];
      if (kinds.includes('leader') && kinds.includes('claim')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(kinds).toContain('leader');
    expect(kinds).toContain('claim');

    const fromExtension = extensionErrors(bidi.logEntries);
    expect(fromExtension).toEqual([]);
  }, 90_000);
});
