/**
 * Accessibility checks with axe-core in a real page: any view of the extension (popup, options, the
 * card in a page) can be checked by opening it in a Playwright page and calling `axeViolations`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser build, read once; evaluated in each page that is checked. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken, with where: enough to find and fix it from a failing test's message. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  /** The offending elements: axe's selector (a list for elements in shadow roots) and their HTML, cut short. */
  nodes: { target: string; html: string; summary: string }[];
}

export interface AxeOptions {
  /**
   * What to check, as axe's context selectors; an element inside an open shadow root is a list from
   * the host down (`[['newslens-card', '.card']]`). The whole document when not given.
   */
  include?: (string | string[])[];
}

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices) on `page` as it is now and
 * returns what it finds. Injected with the DevTools protocol, so an extension page's content security
 * policy does not stop it, and it never touches the extension's own scripts.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const context = include ? ({ include } as Axe.ElementContext) : document;
    const result = await axe.run(context, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: JSON.stringify(node.target),
        html: node.html.slice(0, 200),
        summary: node.failureSummary ?? '',
      })),
    }));
  }, options.include);
}
