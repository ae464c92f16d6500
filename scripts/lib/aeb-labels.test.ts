import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeAebLabels, type PlacedLabel } from './aeb-labels';
import { AEB_LABELS, loadAeb, type AebPage } from './corpus';

const pages: AebPage[] = [
  { id: 'b', url: 'https://news.example/b', body: 'B', part: 'test' },
  { id: 'a', url: 'https://news.example/a', body: 'A', part: 'dev' },
  { id: 'c', url: 'https://shop.example/c', body: 'C', part: 'dev' },
];

describe('mergeAebLabels', () => {
  it('merges the files in id order, each label with the split part and the ground truth address', () => {
    const { labels, problems, gaps } = mergeAebLabels(pages, [
      { file: 'A.json', labels: { b: { isNews: true, lang: 'en', why: 'report', part: 'test' } } },
      {
        file: 'B.json',
        labels: { c: { isNews: false, lang: 'de', why: 'shop' }, a: { isNews: true, lang: 'en', why: 'r' } },
      },
    ]);
    expect(Object.keys(labels)).toEqual(['a', 'b', 'c']);
    expect(labels.b).toEqual({
      isNews: true,
      lang: 'en',
      why: 'report',
      part: 'test',
      url: 'https://news.example/b',
    });
    expect(labels.c.part).toBe('dev');
    expect(problems).toEqual([]);
    expect(gaps).toEqual([]);
  });

  it('lists the pages nobody labelled', () => {
    const { gaps } = mergeAebLabels(pages, [
      { file: 'A.json', labels: { b: { isNews: true, lang: 'en', why: 'r' } } },
    ]);
    expect(gaps).toEqual(['a', 'c']);
  });

  it('keeps the first label of a page labelled twice and says whether the verdicts differ', () => {
    const { labels, problems } = mergeAebLabels(pages, [
      { file: 'A.json', labels: { a: { isNews: true, lang: 'en', why: 'first' } } },
      { file: 'B.json', labels: { a: { isNews: false, lang: 'en', why: 'second' } } },
    ]);
    expect(labels.a.why).toBe('first');
    expect(problems).toEqual(['B.json: a is labelled again (first in A.json, ANOTHER verdict), left out']);
  });

  it('keeps the split part and ground truth address over the label file and reports both', () => {
    const { labels, problems } = mergeAebLabels(pages, [
      {
        file: 'A.json',
        labels: {
          a: { isNews: true, lang: 'en', why: 'r', part: 'test', url: 'https://elsewhere.example/' },
        },
      },
    ]);
    expect(labels.a).toMatchObject({ part: 'dev', url: 'https://news.example/a' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('the split says dev');
  });

  it('leaves out labels of unknown pages and labels without a verdict or a language', () => {
    const { labels, problems, gaps } = mergeAebLabels(pages, [
      {
        file: 'A.json',
        labels: {
          z: { isNews: true, lang: 'en', why: 'r' },
          a: { lang: 'en', why: 'no verdict' },
          b: { isNews: true, lang: '', why: 'no language' },
          c: { isNews: false, lang: 'en' },
        },
      },
    ]);
    expect(Object.keys(labels)).toEqual(['c']);
    expect(labels.c.why).toBe('');
    expect(gaps).toEqual(['a', 'b']);
    expect(problems).toHaveLength(4);
  });

  it("the project's merged labels give every benchmark page one label, in its part, with its address", () => {
    const labels = JSON.parse(readFileSync(AEB_LABELS, 'utf8')) as Record<string, PlacedLabel>;
    const benchmark = loadAeb();
    expect(Object.keys(labels).sort()).toEqual(benchmark.map((page) => page.id));
    for (const page of benchmark) {
      expect(labels[page.id]).toMatchObject({ part: page.part, url: page.url });
      expect(typeof labels[page.id].isNews).toBe('boolean');
    }
  });
});
