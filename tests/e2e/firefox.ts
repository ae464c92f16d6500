/**
 * What the Firefox end-to-end tests share: finding Firefox, starting it headless with WebDriver BiDi,
 * and the few BiDi commands they send. Firefox is driven over WebDriver BiDi, which Firefox speaks
 * itself (playwright-core's Firefox needs Playwright's own patched build, which cannot be installed here).
 *
 * The build is the `firefox-mv2` folder beside the Chrome build the other end-to-end tests use, so
 * `NEWSLENS_EXTENSION_DIR=/copy/chrome-mv3` tests `/copy/firefox-mv2` there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import WebSocket from 'ws';
import { EXTENSION_DIR } from '../../scripts/lib/browser';

/** The Firefox build, beside the Chrome build. */
export const FIREFOX_EXTENSION_DIR = join(dirname(EXTENSION_DIR), 'firefox-mv2');

/** Firefox on this machine: $FIREFOX_PATH, else Debian's firefox-esr or a firefox on the usual path. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** A log entry as WebDriver BiDi's `log.entryAdded` event gives it. */
export interface LogEntry {
  level: string;
  text: string | null;
  source?: { realm?: string };
  stackTrace?: { callFrames: { url: string }[] };
}

/** The few WebDriver BiDi commands the Firefox tests need, over one WebSocket. */
export class BiDiSession {
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

  /**
   * Evaluates an expression in a page; it must give a string (JSON for anything structured), or a promise
   * of one when `awaitPromise` is set.
   */
  async evaluateString(context: string, expression: string, awaitPromise = false): Promise<string> {
    const reply = await this.send<{
      type: string;
      result?: { type: string; value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', { expression, target: { context }, awaitPromise });
    if (reply.type !== 'success' || reply.result?.type !== 'string')
      throw new Error(`${expression}: ${reply.exceptionDetails?.text ?? JSON.stringify(reply.result)}`);
    return reply.result.value ?? '';
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => {});
    this.socket.close();
  }
}

/**
 * Starts Firefox headless in a fresh profile and waits for its WebDriver BiDi address. `extraArgs` go
 * on its command line.
 */
export function startFirefox(
  path: string,
  profile: string,
  extraArgs: string[] = [],
): Promise<{ process: ChildProcess; endpoint: string }> {
  const child = spawn(
    path,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', ...extraArgs],
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

/**
 * Gives the add-on `addonId` the moz-extension:// host `uuid` in a profile Firefox has not started with
 * yet, so a test can open the add-on's pages (Firefox otherwise picks a random one at install).
 */
export function fixExtensionUuid(profile: string, addonId: string, uuid: string): void {
  const uuids = JSON.stringify({ [addonId]: uuid });
  appendFileSync(
    join(profile, 'user.js'),
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(uuids)});\n`,
  );
}

/** Stops a Firefox this test started and waits until it has exited. */
export async function stopFirefox(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}

/** The errors among `entries` that come from the extension (its pages, scripts or a message naming them). */
export function extensionErrors(entries: LogEntry[]): LogEntry[] {
  return entries.filter(
    (entry) =>
      entry.level === 'error' &&
      (entry.stackTrace?.callFrames.some((frame) => frame.url.startsWith('moz-extension://')) ||
        /moz-extension:\/\//.test(entry.text ?? '')),
  );
}

/** The add-on id the Firefox build's manifest declares; fails with a clear message when there is no build. */
export function firefoxAddonId(): string {
  const file = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** A Firefox on a new profile, driven over BiDi with its log recorded; `close` stops it and removes the profile. */
export interface FirefoxSession {
  bidi: BiDiSession;
  close(): Promise<void>;
}

/**
 * Starts `firefox` on a fresh profile (`prepare` may write to it first) with `args`, opens a BiDi
 * session and subscribes to the browser's log.
 */
export async function launchFirefox(
  firefox: string,
  options: { args?: string[]; prepare?: (profile: string) => void } = {},
): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-firefox-'));
  options.prepare?.(profile);
  const started = await startFirefox(firefox, profile, options.args ?? []);
  const bidi = await BiDiSession.open(started.endpoint);
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  return {
    bidi,
    async close() {
      await bidi.close();
      await stopFirefox(started.process);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Calls `read` until `done` accepts its answer or 30 s pass; gives the last answer either way. */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
