// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { furnitureKind, isFurnitureBox } from './furniture';
import { findContainer, findHeadline, ownLines, readProse } from './story-prose';

const para = (text: string, n: number, tag = 'p') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<${tag}>${text} (${i + 1}), and the rest of the sentence goes on for a while longer, with a second clause that says where and when it happened.</${tag}>`,
  ).join('');

// Eight paragraphs of about 220 characters: a column of prose (five paragraphs, 1,500 characters).
const STORY = para(
  'The council voted on Tuesday to close the old bridge for repairs, officials said in a statement',
  8,
);
const SHORT = para('A few words about the writer of this page and the books she has written', 2);

/** The container of the page's prose, as detection finds it. */
function container(html: string): Element | null {
  document.body.innerHTML = html;
  return findContainer(readProse(document, false).prose);
}

describe('furniture by a layout word', () => {
  it('tells a box named only for a rail, sidebar or widget area from other furniture', () => {
    const kind = (name: string) => {
      document.body.innerHTML = `<div class="${name}"><p>x</p></div>`;
      return furnitureKind(document.querySelector('p')!);
    };
    expect(kind('pg-side-of-rail pg-rail-tall__side')).toBe('layout');
    expect(kind('l-grid lm-grid--with-right-rail')).toBe('layout');
    expect(kind('o-sidebar')).toBe('layout');
    // A modifier saying what a box has ("has-sidebar": a wrapper with a sidebar beside the story) names nothing.
    expect(kind('has-sidebar')).toBe(null);
    expect(kind('widget-area page-widget-area-16')).toBe('layout');
    // Another furniture word in the same name, or a name for what is never the story, is furniture.
    expect(kind('right-rail most-read')).toBe('furniture');
    expect(kind('sidebar comments')).toBe('furniture');
    expect(kind('related-stories')).toBe('furniture');
    // A content word outweighs them, as before; walking down from the story, a layout box is furniture.
    expect(kind('rail-article-body')).toBe(null);
    document.body.innerHTML = '<div class="right-rail"></div>';
    expect(isFurnitureBox(document.querySelector('div')!)).toBe(true);
  });
});

describe('readProse', () => {
  it("finds the story in boxes named for the rail beside it, when the page's prose is there", () => {
    const story = container(
      `<article class="pg-rail-tall"><h1>Old bridge to close for repairs</h1><div class="pg-side-of-rail">` +
        `<div class="pg-body"><section class="story-text">${STORY}</section></div></div>` +
        `<div class="pg-rail"><ul><li><a href="/a">Most read</a></li></ul></div></article>`,
    );
    expect(story).toBe(document.querySelector('.story-text'));
    // The headline inside those boxes is the story's.
    expect(findHeadline(document, 'Old bridge to close for repairs - Ledger', story)).toBe(
      document.querySelector('h1'),
    );
  });

  it('finds a story split into boxes inside a grid named for its rail', () => {
    const story = container(
      `<section class="grid grid--with-right-rail"><div class="content-well">` +
        `<div class="part">${para('The council voted on Tuesday to close the old bridge for repairs, officials said', 4, 'div')}</div>` +
        `<div class="part">${para('Repairs are due to start in the spring and to last a year, the mayor said', 4, 'div')}</div>` +
        `</div><div class="grid__rail"><a href="/b">Newsletter</a></div></section>`,
    );
    expect(story).toBe(document.querySelector('.content-well'));
  });

  it("leaves a sidebar's prose out when the page's own column is elsewhere, or when it holds no column", () => {
    // The story's column outside furniture: a long sidebar beside it does not count.
    expect(
      container(`<main><div class="story">${STORY}</div></main><div class="sidebar">${STORY}${STORY}</div>`),
    ).toBe(document.querySelector('.story'));
    // A short story and a sidebar of a few paragraphs: no column in the sidebar, nothing taken from it.
    document.body.innerHTML = `<main><div class="story">${SHORT}</div></main><div class="sidebar"><div>${SHORT}</div></div>`;
    const { prose } = readProse(document, false);
    expect(prose.map((block) => block.element.closest('.sidebar'))).toEqual([null, null]);
  });

  it('never takes prose from furniture by other names, whatever it holds', () => {
    for (const box of ['comments', 'related-stories', 'cookie-consent', 'right-rail newsletter']) {
      document.body.innerHTML = `<main><p>${SHORT}</p></main><div class="${box}"><div>${STORY}</div></div>`;
      expect(
        readProse(document, false).prose.some((block) => block.element.closest(`[class="${box}"]`)),
        box,
      ).toBe(false);
    }
  });

  it('takes the layout box only when its column has more prose than the page outside furniture', () => {
    // More prose outside furniture than in the sidebar's column (none of it a column of its own).
    const outside = Array.from({ length: 5 }, () => `<div class="card">${SHORT}</div>`).join('');
    document.body.innerHTML = `<main>${outside}</main><div class="sidebar"><div>${para('A note on the site', 5)}</div></div>`;
    const { prose } = readProse(document, false);
    expect(prose.some((block) => block.element.closest('.sidebar'))).toBe(false);
  });
});

describe('a story written straight into one box', () => {
  const LINE = 'The river ferry will stop running on the first of November, the council said on Tuesday';

  it("reads the box's own lines, its paragraphs parted by <br>s, pictures' tables and empty boxes", () => {
    document.body.innerHTML =
      `<div id="story"><table><tr><td><img src="a.jpg"><br>A caption</td></tr></table><br><br>` +
      `${LINE} (1).<br><br>${LINE} <a href="/b">(2)</a>.<div class="fake-br"></div>${LINE} (3).<br>` +
      `<b>${LINE}</b> (4).<script>var ads = [];</script><div class="box"><a href="/c">More</a></div></div>`;
    const lines = ownLines(document.getElementById('story')!)!;
    // Three paragraphs: the second ends at the empty box, the third runs on over one <br>.
    expect(lines.paragraphs).toBe(3);
    expect(lines.text).toContain(`${LINE} (1).`);
    expect(lines.text).toContain(`${LINE} (4).`);
    expect(lines.text).not.toMatch(/caption|More|ads/);
    expect(lines.links).toBe(3);
  });

  it('finds such a story when nothing else on the page makes a column, but not in list items', () => {
    const story = Array.from({ length: 8 }, (_, i) => `${LINE} (${i + 1}).<br><br>`).join('');
    document.body.innerHTML = `<div class="wrap"><div id="story"><table><tr><td><img src="a.jpg"></td></tr></table>${story}</div></div>`;
    const { prose } = readProse(document, false);
    expect(prose.map((block) => block.element.id)).toEqual(['story']);
    expect(prose[0].paragraphs).toBe(8);
    expect(findContainer(prose)).toBe(document.querySelector('.wrap'));
    // A list's items are not a story's paragraphs, however they are set.
    document.body.innerHTML = `<ol>${Array.from({ length: 8 }, () => `<li><b>A term</b><br>${LINE}.<ul><li>x</li></ul></li>`).join('')}</ol>`;
    expect(readProse(document, false).prose).toEqual([]);
  });
});
