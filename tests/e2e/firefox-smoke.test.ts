/**
 * The Firefox build in a real Firefox: it installs as a temporary add-on and highlights a news page,
 * and the browser logs no error from it. Firefox is driven over WebDriver BiDi, which Firefox speaks
 * itself (playwright-core's Firefox needs Playwright's own patched build, which cannot be installed
 * here). Debian's firefox-esr is enough; without a Firefox the test is skipped and says why.
 *
 * The build is the `firefox-mv2` folder beside the Chrome build the other end-to-end tests use, so
 * `NEWSLENS_EXTENSION_DIR=/copy/chrome-mv3` tests `/copy/firefox-mv2` here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EXTENSION_DIR } from '../../scripts/lib/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { sourceIds } from '../../scripts/lib/sources';

const FIREFOX_EXTENSION_DIR = join(dirname(EXTENSION_DIR), 'firefox-mv2');
/** The first bundled source, whose generated news page has leaders and claims to highlight. */
const [SOURCE_ID] = sourceIds();

/** Firefox on this machine: $FIREFOX_PATH, else Debian's firefox-esr or a firefox on the usual path. */
function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

const firefox = findFirefox();
if (!firefox) {
  console.warn(
    'Firefox smoke test skipped: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).',
  );
}

/** A log entry as WebDriver BiDi's `log.entryAdded` event gives it. */
interface LogEntry {
  level: string;
  text: string | null;
  source?: { realm?: string };
  stackTrace?: { callFrames: { url: string }[] };
}

/** The few WebDriver BiDi commands this test needs, over one WebSocket. */
class BiDiSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  readonly logEntries: LogEntry[] = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: string;
        message?: string;
      };
      if (message.type === 'event') {
        if (message.method === 'log.entryAdded') this.logEntries.push(message.params as LogEntry);
        return;
      }
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
  }

  /** Connects to Firefox's WebDriver BiDi endpoint and starts a session. */
  static async open(endpoint: string): Promise<BiDiSession> {
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const session = new BiDiSession(socket);
    await session.send('session.new', { capabilities: {} });
    return session;
  }

  send<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates an expression in a page; it must give a string (JSON for anything structured). */
  async evaluateString(context: string, expression: string): Promise<string> {
    const reply = await this.send<{
      type: string;
      result?: { type: string; value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (reply.type !== 'success' || reply.result?.type !== 'string')
      throw new Error(`${expression}: ${reply.exceptionDetails?.text ?? JSON.stringify(reply.result)}`);
    return reply.result.value ?? '';
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => {});
    this.socket.close();
  }
}

/** Starts Firefox headless in a fresh profile and waits for its WebDriver BiDi address. */
function startFirefox(path: string, profile: string): Promise<{ process: ChildProcess; endpoint: string }> {
  const child = spawn(
    path,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Firefox did not start WebDriver BiDi within 60 s:\n${output}`));
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, endpoint: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before it was ready:\n${output}`));
    });
  });
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
    if (firefoxProcess && firefoxProcess.exitCode === null) {
      const exited = new Promise((resolve) => firefoxProcess!.once('exit', resolve));
      firefoxProcess.kill();
      await exited;
    }
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

    const fromExtension = bidi.logEntries.filter(
      (entry) =>
        entry.level === 'error' &&
        (entry.stackTrace?.callFrames.some((frame) => frame.url.startsWith('moz-extension://')) ||
          /moz-extension:\/\//.test(entry.text ?? '')),
    );
    expect(fromExtension).toEqual([]);
  }, 90_000);
});
