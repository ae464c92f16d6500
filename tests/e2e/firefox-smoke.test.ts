/**
 * The Firefox build in a real Firefox: it installs as a temporary add-on and highlights a news page,
 * and the browser logs no error from it (driven over WebDriver BiDi: see ./firefox.ts). Debian's
 * firefox-esr is enough; without a Firefox the test is skipped and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds } from '../../scripts/lib/sources';
import {
  FIREFOX_EXTENSION_DIR,
  extensionErrors,
  findFirefox,
  firefoxAddonId,
  launchFirefox,
  poll,
  type BiDiSession,
  type FirefoxSession,
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
  let session: FirefoxSession | undefined;
  let bidi: BiDiSession;

  beforeAll(async () => {
    firefoxAddonId();
    server = await startFixtureServer();
    session = await launchFirefox(firefox!);
    bidi = session.bidi;
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('installs as a temporary add-on and highlights a news article, with no error logged', async () => {
    // Firefox refuses an add-on whose manifest or files it cannot load, and says why.
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
    expect(installed.extension).toBe(firefoxAddonId());

    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const tab = contexts[0].context;
    await bidi.send('browsingContext.navigate', {
      context: tab,
      url: `${server.url}/news/${SOURCE_ID}.html`,
      wait: 'complete',
    });

    const kinds = await poll(
      async () =>
        JSON.parse(
          await bidi.evaluateString(
            tab,
            `JSON.stringify([...document.querySelectorAll('newslens-mark')].map((m) => m.dataset.newslensKind))`,
          ),
        ) as string[],
      (found) => found.includes('leader') && found.includes('claim'),
    );
    expect(kinds).toContain('leader');
    expect(kinds).toContain('claim');

    const fromExtension = extensionErrors(bidi.logEntries);
    expect(fromExtension).toEqual([]);
  }, 90_000);
});
