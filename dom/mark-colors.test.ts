// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '@/utils/settings';
import { MarkColorSheet, markColorRules, type MarkColors } from './mark-colors';

const PAGE = `<head><title>Story</title><style>p { color: #222; }</style></head>
<body><article><p>President <newslens-mark data-newslens-kind="leader" data-newslens-key="Emmanuel Macron">Emmanuel Macron</newslens-mark>
said <newslens-mark data-newslens-kind="claim" data-newslens-key="22000000 t">22 million tonnes</newslens-mark>.</p></article></body>`;

const CUSTOM = { leader: '#112233', claim: '#445566' };

let controller = new AbortController();
afterEach(() => controller.abort());

/** A fresh page and a colour sheet for it, as the content script makes one. */
function setUp(colors: MarkColors = CUSTOM): { doc: Document; colors: MarkColorSheet } {
  document.documentElement.innerHTML = PAGE;
  document.adoptedStyleSheets = [];
  controller = new AbortController();
  return { doc: document, colors: new MarkColorSheet(document, colors, controller.signal) };
}

const sheetText = (doc: Document) =>
  doc.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

describe('markColorRules', () => {
  it('sets only the custom property of the kinds given', () => {
    expect(markColorRules({})).toBe('');
    expect(markColorRules({ claim: '#445566' })).toBe(
      "newslens-mark[data-newslens-kind='claim'] { --newslens-color: #445566 !important; }",
    );
  });

  it('never lets anything but a kind name and a #rrggbb colour into the CSS', () => {
    expect(markColorRules({ leader: 'red;} body{display:none', claim: '#0072b2 } *{color:red' })).toBe('');
    expect(markColorRules({ "leader'] *{x:y} a[b='": '#112233' })).toBe('');
  });
});

describe('MarkColorSheet', () => {
  it('adopts nothing on a page without highlights', () => {
    const { doc, colors } = setUp();
    colors.setColors({ leader: '#000000', claim: '#ffffff' });
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('adopts nothing while no colour differs from the defaults', () => {
    const { doc, colors } = setUp({});
    colors.setNeeded(true);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('gives the marks the reader colours without changing the serialised DOM', () => {
    const { doc, colors } = setUp();
    const before = doc.documentElement.outerHTML;
    colors.setNeeded(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(sheetText(doc)).toContain('#112233');
    expect(sheetText(doc)).toContain('#445566');
    colors.setColors({ ...CUSTOM, leader: '#778899' });
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(sheetText(doc)).toContain('#778899');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
  });

  it('lets go when the colours return to the defaults, and adopts again after', () => {
    const { doc, colors } = setUp();
    colors.setNeeded(true);
    colors.setColors({});
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    colors.setColors(CUSTOM);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
  });

  it("keeps the page's own adopted sheets and adopts again when the page replaces the list", () => {
    const { doc, colors } = setUp();
    const own = new CSSStyleSheet();
    doc.adoptedStyleSheets = [own];
    colors.setNeeded(true);
    expect(doc.adoptedStyleSheets[0]).toBe(own);
    doc.adoptedStyleSheets = [own];
    colors.setColors(CUSTOM);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    controller.abort();
    expect(doc.adoptedStyleSheets).toEqual([own]);
  });

  it('empties and removes its sheet when the content script is invalidated, then ignores changes', () => {
    const { doc, colors } = setUp();
    const before = doc.documentElement.outerHTML;
    colors.setNeeded(true);
    const [sheet] = doc.adoptedStyleSheets;
    controller.abort();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(sheet.cssRules).toHaveLength(0);
    colors.setColors({ leader: '#000000', claim: '#ffffff' });
    colors.setNeeded(true);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('style.css', () => {
  it('has the same default colours as the settings', () => {
    const css = readFileSync('entrypoints/reader.content/style.css', 'utf8');
    for (const [kind, color] of Object.entries(DEFAULT_COLORS)) {
      const rule = new RegExp(
        `\\[data-newslens-kind='${kind}'\\]\\s*\\{[^}]*--newslens-color:\\s*(#[0-9a-f]{6})`,
      );
      expect(css.match(rule)?.[1]).toBe(color);
    }
  });
});
