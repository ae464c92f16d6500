/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a local demo news page
 * made from a bundled source text. Without a display, it says so and writes screenshots of the
 * highlighted page instead. `-- --no-build` skips the build; `-- --headless` forces screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, waitForHighlights } from './lib/browser';
import { startFixtureServer } from './lib/fixture-server';
import { sourceIds } from './lib/sources';

const args = new Set(process.argv.slice(2));
const SHOTS = '.output/screenshots';

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    console.log('Building the extension (.output/chrome-mv3)...');
    execFileSync('npx', ['tsx', 'scripts/build-glossary.ts'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  const server = await startFixtureServer({ port: Number(process.env.PORT ?? 0) });
  const ids = sourceIds();
  const demo = `${server.url}/news/${ids[0]}.html`;
  const headless = args.has('--headless') || !hasDisplay();

  if (!headless) {
    const browser = await launchWithExtension({ headless: false });
    const page = await browser.context.newPage();
    await page.goto(demo);
    for (const other of browser.context.pages()) if (other !== page) await other.close();
    console.log(`Chromium is open with Newslens loaded on the demo article: ${demo}`);
    console.log(`More pages: ${server.url}/ (close the browser or press Ctrl+C to stop)`);
    const stop = async () => {
      await browser.close();
      await server.close();
      process.exit(0);
    };
    browser.context.on('close', () => void stop());
    process.on('SIGINT', () => void stop());
    return;
  }

  console.log('No display here, so Chromium runs headless and the demo is saved as screenshots instead.');
  const browser = await launchWithExtension({ headless: true });
  try {
    mkdirSync(SHOTS, { recursive: true });
    for (const id of ids) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/news/${id}.html`);
      const marks = await waitForHighlights(page, { min: 1 });
      const counts = await page.$$eval('newslens-mark', (all) => ({
        leaders: all.filter((mark) => mark.getAttribute('data-newslens-kind') === 'leader').length,
        claims: all.filter((mark) => mark.getAttribute('data-newslens-kind') === 'claim').length,
      }));
      const file = join(SHOTS, `demo-${id}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}: ${marks} highlights (${counts.leaders} leader, ${counts.claims} claim pieces)`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
