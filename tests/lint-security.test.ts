// @vitest-environment node
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, runAddonsLinter } from '../scripts/lint-firefox';

// Two guards against inserting HTML: ESLint on our source, and Mozilla's add-on linter on the build with
// one narrow exception for Preact's renderer. Each is only worth something if it really fires, so these
// tests feed both of them probe code and check what they say.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** Lints `code` as if it were saved at `filePath` (relative to the project root). */
async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const fromPage = 'const text = document.title;\n';

// Loading the config and the TypeScript parser takes seconds on a slow machine: not any one test's time.
beforeAll(() => lint('', 'dom/probe.ts'), 60_000);

describe('ESLint: nothing is inserted as HTML', () => {
  it.each([
    ['innerHTML', `${fromPage}document.body.innerHTML = text;\n`, 'no-unsanitized/property'],
    ['innerHTML +=', `${fromPage}document.body.innerHTML += text;\n`, 'no-unsanitized/property'],
    ['outerHTML', `${fromPage}document.body.outerHTML = \`<p>\${text}</p>\`;\n`, 'no-unsanitized/property'],
    [
      'insertAdjacentHTML',
      `${fromPage}document.body.insertAdjacentHTML('beforeend', text);\n`,
      'no-unsanitized/method',
    ],
    ['document.write', `${fromPage}document.write(text);\n`, 'no-unsanitized/method'],
    [
      'createContextualFragment',
      `${fromPage}document.createRange().createContextualFragment(text);\n`,
      'no-unsanitized/method',
    ],
  ])('forbids %s in dom/', async (_, code, ruleId) => {
    expect(await lint(code, 'dom/probe.ts')).toContainEqual(expect.objectContaining({ ruleId }));
  });

  it.each([
    'entrypoints/reader.content/probe.ts',
    'entrypoints/popup/probe.tsx',
    'utils/probe.ts',
    'scripts/probe.ts',
  ])('applies in %s too', async (filePath) => {
    expect(await lint(`${fromPage}document.body.innerHTML = text;\n`, filePath)).toContainEqual(
      expect.objectContaining({ ruleId: 'no-unsanitized/property' }),
    );
  });

  it('forbids dangerouslySetInnerHTML as a JSX attribute', async () => {
    const code = `export const Probe = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n`;
    expect(await lint(code, 'components/Probe.tsx')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-syntax' }),
    );
  });

  it('forbids dangerouslySetInnerHTML in a props object', async () => {
    const code = `import { h } from 'preact';\nexport const probe = (text: string) => h('p', { dangerouslySetInnerHTML: { __html: text } });\n`;
    expect(await lint(code, 'entrypoints/popup/probe.ts')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-syntax' }),
    );
  });

  // An empty list also proves the file was linted: an ignored file reports a warning instead.
  it.each([
    ['text as text', `${fromPage}document.body.textContent = text;\n`, 'dom/probe.ts'],
    [
      'elements built one by one',
      `${fromPage}document.body.append(document.createElement('p'), text);\n`,
      'dom/probe.ts',
    ],
    ['a literal', "document.body.innerHTML = '';\n", 'dom/probe.ts'],
    ['fixture DOMs in tests', `${fromPage}document.body.innerHTML = text;\n`, 'dom/probe.test.ts'],
  ])('allows %s', async (_, code, filePath) => {
    expect(await lint(code, filePath)).toEqual([]);
  });
});

// Minimal Firefox extensions, each file a probe for the add-on linter's innerHTML warning.
const workDir = mkdtempSync(join(tmpdir(), 'newslens-lint-probe-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const manifest = JSON.stringify({
  manifest_version: 2,
  name: 'Probe',
  version: '1.0',
  browser_specific_settings: {
    gecko: {
      id: 'probe@example.org',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
  background: { scripts: ['background.js'] },
});
// The shape of Preact's minified renderer around its one innerHTML assignment.
const preact =
  'export function d(n,S,p){let f;for(const k in S)k==`dangerouslySetInnerHTML`&&(f=S[k]);if(f)p&&f.__html==n.innerHTML||(n.innerHTML=f.__html);else if(p)n.innerHTML=``}\n';
const pageText = 'export function show(el,text){el.innerHTML=text}\n';

function extension(name: string, files: Record<string, string>): string {
  const dir = join(workDir, name);
  for (const [path, content] of Object.entries({
    'manifest.json': manifest,
    'background.js': '',
    ...files,
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Lints a probe extension and lists, per file, what fails and what is allowed. */
async function verdictOn(dir: string) {
  const verdict = judge(await runAddonsLinter(dir), dir);
  const files = (list: { file?: string }[]) => list.map((finding) => finding.file).sort();
  return { failures: files(verdict.failures), allowed: files(verdict.allowed.map(({ finding }) => finding)) };
}

describe("the add-on linter's Preact exception is narrow", () => {
  it("allows Preact's one assignment in a chunk and nothing that only resembles it", async () => {
    const dir = extension('mixed', {
      'chunks/popup-abc.js': preact,
      'chunks/imitation.js': 'export function f(n,f){n.innerHTML=f.__html}\n',
      'content-scripts/content.js': pageText,
      'background.js': preact,
    });
    expect(await verdictOn(dir)).toEqual({
      allowed: ['chunks/popup-abc.js'],
      failures: ['background.js', 'chunks/imitation.js', 'content-scripts/content.js'],
    });
  }, 60_000);

  it('allows none when Preact shows up twice', async () => {
    const dir = extension('twice', { 'chunks/popup-abc.js': preact, 'chunks/options-def.js': preact });
    expect(await verdictOn(dir)).toEqual({
      allowed: [],
      failures: ['chunks/options-def.js', 'chunks/popup-abc.js'],
    });
  }, 60_000);
});
