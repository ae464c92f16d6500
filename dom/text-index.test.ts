// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, rangesForSpan } from './text-index';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextIndex', () => {
  it('joins inline elements into one text and keeps blocks apart', () => {
    const index = buildTextIndex([
      body('<h1>Summit ends</h1><p>They shipped <b>22</b> million <i>tonnes</i>.</p>'),
    ]);
    expect(index.text).toBe('Summit ends\n\nThey shipped 22 million tonnes.');
  });

  it('leaves out scripts, styles, form fields, editable regions and hidden parts', () => {
    const index = buildTextIndex([
      body(
        '<p>Kept</p><script>var x = "no";</script><style>p{}</style><textarea>typed</textarea>' +
          '<div contenteditable="true">draft</div><p hidden>hidden</p><noscript>n</noscript><p>Also kept</p>',
      ),
    ]);
    expect(index.text).toBe('Kept\n\nAlso kept');
  });

  it('leaves out what an inline style hides (a copy of the story kept for search engines), not what it only styles', () => {
    const index = buildTextIndex([
      body(
        '<p>Kept</p><div style="display:none;" itemscope><h1>Headline again</h1><div itemprop="articleBody">Story again</div></div>' +
          '<p style="color: red; visibility: hidden !important">gone</p><p style="display: block">Also kept</p>' +
          '<p style="--display:none-ish; border: none">And kept</p>',
      ),
    ]);
    expect(index.text).toBe('Kept\n\nAlso kept\n\nAnd kept');
  });

  it('maps a span that crosses inline elements back to each text node', () => {
    const root = body('<p>They shipped <b>22</b> million tonnes.</p>');
    const index = buildTextIndex([root]);
    const start = index.text.indexOf('22');
    const ranges = rangesForSpan(index, start, start + '22 million tonnes'.length);
    expect(ranges.map((r) => r.node.data.slice(r.from, r.to))).toEqual(['22', ' million tonnes']);
  });

  it('keeps offsets exact when text nodes hold line breaks', () => {
    const index = buildTextIndex([body('<p>Vladimir\nPutin met\tleaders</p>')]);
    expect(index.text).toBe('Vladimir Putin met leaders');
    const [range] = rangesForSpan(index, 0, 14);
    expect(range.node.data.slice(range.from, range.to)).toBe('Vladimir\nPutin');
  });
});
