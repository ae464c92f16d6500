// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Highlighter, type MarkSpan } from './highlighter';
import { buildTextIndex, type TextIndex } from './text-index';

/** Spans for every occurrence of each phrase in the indexed text. */
function spansFor(index: TextIndex, phrases: Record<string, string>): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const [phrase, kind] of Object.entries(phrases)) {
    for (let at = index.text.indexOf(phrase); at >= 0; at = index.text.indexOf(phrase, at + 1))
      spans.push({ start: at, end: at + phrase.length, kind, key: phrase.toLowerCase() });
  }
  return spans;
}

function highlight(highlighter: Highlighter, phrases: Record<string, string>): void {
  const index = buildTextIndex([document.body]);
  const plan = highlighter.plan(index, spansFor(index, phrases));
  highlighter.removeExcept(plan.keep);
  for (const work of plan.work) highlighter.wrap(work);
}

const marked = () =>
  [...document.querySelectorAll('newslens-mark')].map(
    (mark) => `${mark.getAttribute('data-newslens-kind')}:${mark.textContent}`,
  );

describe('Highlighter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps spans in marks carrying kind and key, leaving the text as it was', () => {
    document.body.innerHTML = '<p>Prime Minister Ana Lopez said 40 schools closed.</p>';
    const text = document.body.textContent;
    const highlighter = new Highlighter(document);
    highlight(highlighter, { 'Ana Lopez': 'leader', '40 schools': 'claim' });
    expect(marked()).toEqual(['leader:Ana Lopez', 'claim:40 schools']);
    expect(document.querySelector('newslens-mark')?.getAttribute('data-newslens-key')).toBe('ana lopez');
    expect(document.body.textContent).toBe(text);
  });

  it('turns off to exactly the DOM it found, one text node where there was one', () => {
    document.body.innerHTML = '<p>A <b>bold</b> claim: 12 ships and 12 ships again.</p><h2>Title</h2>';
    const html = document.body.innerHTML;
    const paragraph = document.querySelector('p')!;
    const lastText = paragraph.lastChild as Text;
    const highlighter = new Highlighter(document);
    highlight(highlighter, { '12 ships': 'claim' });
    expect(document.body.innerHTML).not.toBe(html);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(html);
    expect(paragraph.childNodes.length).toBe(3);
    // The page's own text node is still the one in the page, so scripts holding it keep working.
    expect(paragraph.lastChild).toBe(lastText);
    expect(highlighter.size).toBe(0);
  });

  it('marks a mention that crosses inline elements as pieces with one key', () => {
    document.body.innerHTML = '<p>Exports of <b>22</b> million tonnes of grain.</p>';
    const highlighter = new Highlighter(document);
    highlight(highlighter, { '22 million tonnes': 'claim' });
    const marks = [...document.querySelectorAll('newslens-mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['22', ' million tonnes']);
    expect(new Set(marks.map((mark) => mark.getAttribute('data-newslens-key')))).toEqual(
      new Set(['22 million tonnes']),
    );
    expect(marks[0].parentElement?.tagName).toBe('B');
  });

  it('never joins a headline and the paragraph after it', () => {
    document.body.innerHTML = '<h1>Talks with President</h1><p>Ana Lopez arrived.</p>';
    const index = buildTextIndex([document.body]);
    expect(index.text).not.toContain('President Ana Lopez');
  });

  it('keeps marks that are still wanted and replaces the rest', () => {
    document.body.innerHTML = '<p>Minister Ana Lopez met 3 envoys.</p>';
    const highlighter = new Highlighter(document);
    highlight(highlighter, { 'Ana Lopez': 'leader', '3 envoys': 'claim' });
    const leader = document.querySelector('newslens-mark');
    highlight(highlighter, { 'Ana Lopez': 'leader' });
    expect(document.querySelector('newslens-mark')).toBe(leader);
    expect(marked()).toEqual(['leader:Ana Lopez']);
    highlighter.clear();
    expect(document.body.innerHTML).toBe('<p>Minister Ana Lopez met 3 envoys.</p>');
  });

  it('leaves alone a text node the page changed after the plan', () => {
    document.body.innerHTML = '<p>Governor Kim Park spoke.</p>';
    const highlighter = new Highlighter(document);
    const index = buildTextIndex([document.body]);
    const plan = highlighter.plan(index, spansFor(index, { 'Kim Park': 'leader' }));
    (document.querySelector('p')!.firstChild as Text).data = 'Something else entirely.';
    expect(highlighter.wrap(plan.work[0])).toBe(false);
    expect(document.querySelector('newslens-mark')).toBeNull();
  });

  it('cuts one long text node with many mentions in linear time and restores it', () => {
    const sentence = 'Mayor Ana Lopez counted 5 boats. ';
    document.body.innerHTML = `<p>${sentence.repeat(1000)}</p>`;
    const html = document.body.innerHTML;
    const highlighter = new Highlighter(document);
    highlight(highlighter, { 'Ana Lopez': 'leader', '5 boats': 'claim' });
    expect(highlighter.size).toBe(2000);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });
});
