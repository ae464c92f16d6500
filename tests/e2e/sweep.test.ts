/**
 * The robustness sweep itself (`npm run sweep`), run as a reader of its report would: on a saved
 * news page it checks the page and finds it clean; on the same page with a script that changes its
 * own text after loading (a clock written into an empty element and then ticking, an address
 * decoded in place, as saved pages do), it still finds the extension clean: those changes are the
 * page's; on the same page with a script that gives it another address in place (history.replaceState), it
 * checks the page under its new address; on the same page with a script that cuts a text node the
 * way the highlighter does but loses a character, it reports the text change; on the same page with a
 * script that sends it to another address (as sites do with an
 * http-to-https redirect or an adblock notice), it says where the page went rather than blaming the
 * extension for a silence that is the page's doing.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The sweep's stdout and exit code over `dir`. */
async function sweep(dir: string): Promise<{ out: string; code: number }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/sweep.ts', dir, '--jobs', '1'], {
      maxBuffer: 10_000_000,
    });
    return { out: stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; code?: number };
    return { out: failed.stdout ?? '', code: failed.code ?? -1 };
  }
}

describe('npm run sweep', () => {
  let dir = '';
  let result: { out: string; code: number };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-sweep-'));
    const page = readFileSync('tests/fixtures/pages/corpus/wapo-1.html', 'utf8');
    mkdirSync(join(dir, 'stays'));
    writeFileSync(join(dir, 'stays', 'source.html'), page);
    // Twice: before and after the extension has highlighted the page.
    const ownText = `<p id="clock"></p><p id="mail">bxe-crefbany@rinat.ng</p><script>
      const tick = (time) => {
        const clock = document.getElementById('clock');
        if (clock.firstChild) clock.firstChild.data = time;
        else clock.textContent = time;
        const mail = document.getElementById('mail').firstChild;
        mail.data = mail.data.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
      };
      setTimeout(() => tick('21:44'), 200);
      setTimeout(() => tick('21:45'), 2500);
    </script>`;
    mkdirSync(join(dir, 'rewrites'));
    writeFileSync(
      join(dir, 'rewrites', 'source.html'),
      page.replace(/<\/body>/i, (end) => ownText + end),
    );
    // The extension's way of cutting a text node (its head set, pieces inserted after it), done
    // wrong: a character lost. The sweep cannot see who made a change, only how: this must count.
    const damage = `<script>
      setTimeout(() => {
        const node = [...document.querySelectorAll('p')].map((p) => p.firstChild).find((n) => n && n.nodeType === 3 && n.data.length > 20);
        const data = node.data;
        node.data = data.slice(1, 10);
        node.parentNode.insertBefore(document.createTextNode(data.slice(10)), node.nextSibling);
      }, 200);
    </script>`;
    mkdirSync(join(dir, 'damages'));
    writeFileSync(
      join(dir, 'damages', 'source.html'),
      page.replace(/<\/body>/i, (end) => damage + end),
    );
    mkdirSync(join(dir, 'renames'));
    const rename = '<script>history.replaceState(null, "", "/2015/06/26/tunisia-attack.html");</script>';
    writeFileSync(
      join(dir, 'renames', 'source.html'),
      page.replace(/<head[^>]*>/i, (head) => head + rename),
    );
    mkdirSync(join(dir, 'leaves'));
    const redirect = '<script>location.href = location.href.replace(/^http:/, "https:");</script>';
    writeFileSync(
      join(dir, 'leaves', 'source.html'),
      page.replace(/<head[^>]*>/i, (head) => head + redirect),
    );
    result = await sweep(dir);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks a page that stays and finds it clean', () => {
    expect(result.out).toMatch(/^stays +news +\d+ +\d+ +0 +same +exact /m);
  });

  it('follows a page that gives itself another address in place', () => {
    expect(result.out).toMatch(/^renames +news +\d+ +\d+ +0 +same +exact /m);
  });

  it("takes a page's own changes to its text for the page's, not the extension's", () => {
    expect(result.out).toMatch(/^rewrites +news +\d+ +\d+ +0 +same +exact /m);
  });

  it('still finds a text node cut the way the extension cuts, with a character lost', () => {
    expect(result.out).toMatch(/^damages +news +\d+ +\d+ +0 +CHANGED +DIFFERS /m);
    expect(result.out).toContain('pages with extension errors: 0; text changes: 1; restore differences: 1');
  });

  it('says where a page that sends itself away went, and counts it as not checked', () => {
    expect(result.out).toMatch(
      /^leaves:\n {2}the page went to https:\/\/127\.0\.0\.1:\d+\/page-\d+\.html: /m,
    );
    expect(result.out).toContain(
      'checked 4, could not be checked 1 (1 of them sent themselves to another address',
    );
    expect(result.code).toBe(1);
  });
});
