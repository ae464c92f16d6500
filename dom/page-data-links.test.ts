// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLinks } from './page-data';

/** A document whose links say `texts`, in that order. */
function page(texts: string[]): Document {
  const doc = document.implementation.createHTMLDocument('links');
  for (const text of texts) {
    const link = doc.createElement('a');
    link.textContent = text;
    doc.body.append(link);
  }
  return doc;
}

describe('what the first links say', () => {
  it('counts distinct news sections, whole names in any case, and which only news sites have', () => {
    const links = readLinks(
      page(['World', ' politics ', 'WORLD', 'Tech', 'Kultur', 'news world', 'u.s.', '新闻', '']),
      false,
    );
    expect(links.sections).toBe(6);
    expect(links.hardSections).toBe(4);
  });

  it("counts an organisation's and an outlet's pages, whole names only", () => {
    const links = readLinks(
      page(['Über uns', 'Mitglied werden', 'über', 'uns', 'Abo', 'E-Paper', 'abo|abos', '|']),
      false,
    );
    expect(links.organisation).toBe(2);
    expect(links.outlet).toBe(2);
    expect(links.sections).toBe(0);
  });
});
