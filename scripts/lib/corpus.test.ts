import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { AEB_DIR, loadAeb, readAebHtml } from './corpus';

const dir = mkdtempSync(join(tmpdir(), 'aeb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (truth: object, split: object) => {
  writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
  writeFileSync(join(dir, 'split.json'), JSON.stringify(split));
};

describe('loadAeb', () => {
  it('gives each page its address, body and part, in id order', () => {
    write(
      {
        y: { url: 'https://a.example/y', articleBody: 'Body y.' },
        x: { url: 'https://a.example/x', articleBody: 'Body x.' },
      },
      { x: 'dev', y: 'test' },
    );
    expect(loadAeb(dir)).toEqual([
      { id: 'x', url: 'https://a.example/x', body: 'Body x.', part: 'dev' },
      { id: 'y', url: 'https://a.example/y', body: 'Body y.', part: 'test' },
    ]);
  });

  it('refuses a page the split does not place', () => {
    write({ x: { url: 'https://a.example/x', articleBody: 'B' } }, {});
    expect(() => loadAeb(dir)).toThrow(/x has no part/);
  });

  it('reads the project copy: 181 pages, each with its part, address and body', () => {
    const pages = loadAeb(AEB_DIR);
    expect(pages).toHaveLength(181);
    expect(pages.filter((page) => page.part === 'dev')).toHaveLength(91);
    expect(pages.every((page) => URL.canParse(page.url) && page.body.length > 0)).toBe(true);
  });
});

describe('readAebHtml', () => {
  it('unzips a saved page as UTF-8 text', () => {
    mkdirSync(join(dir, 'html'), { recursive: true });
    writeFileSync(join(dir, 'html', 'p.html.gz'), gzipSync(Buffer.from('<p>Zürich – café</p>', 'utf8')));
    expect(readAebHtml('p', dir)).toBe('<p>Zürich – café</p>');
  });

  it('gives undefined for a page that is not there', () => {
    expect(readAebHtml('missing', dir)).toBeUndefined();
  });
});
