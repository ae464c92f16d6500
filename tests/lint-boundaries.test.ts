// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A glob that matches nothing disables a boundary rule without a sound, so these tests lint probe code as
// if it sat in each folder and check that the rule fires exactly where it should.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

const readsPage = 'export const title = document.title;\n';
const importsPolyfill =
  "import browser from 'webextension-polyfill';\nexport const id = browser.runtime.id;\n";
const importsDom =
  "import { highlightSpans } from '../dom/highlighter';\nexport const paint = highlightSpans;\n";
const callsBrowser = 'export const id = () => browser.runtime.id;\n';

/** Lints `code` as if it were saved at `filePath` (relative to the project root). */
async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('analysis/ boundary', () => {
  it('forbids page globals', async () => {
    expect(await lint(readsPage, 'analysis/probe.ts')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-globals' }),
    );
  });

  it('forbids the extension API', async () => {
    expect(await lint(importsPolyfill, 'analysis/probe.ts')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-imports' }),
    );
  });

  it('forbids imports from dom/', async () => {
    expect(await lint(importsDom, 'analysis/nested/probe.ts')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-imports' }),
    );
  });
});

describe('dom/ is allowed what analysis/ is not', () => {
  // An empty list also proves the file was linted: an ignored file reports a warning instead.
  it.each([
    ['page globals', readsPage],
    ['the extension API', importsPolyfill],
  ])('allows %s', async (_, code) => {
    expect(await lint(code, 'dom/probe.ts')).toEqual([]);
  });
});

describe('components/ boundary', () => {
  it('forbids the extension API', async () => {
    expect(await lint(callsBrowser, 'components/Probe.tsx')).toContainEqual(
      expect.objectContaining({ ruleId: 'no-restricted-globals' }),
    );
  });
});
