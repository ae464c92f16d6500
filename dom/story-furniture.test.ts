// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isStoryFurniture } from './story-furniture';
import { unquotedText } from './writing';

function element(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild!;
}

describe('isStoryFurniture', () => {
  it('skips link lists, teaser paragraphs and boxes that are mostly links', () => {
    expect(
      isStoryFurniture(
        element('<ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul>'),
      ),
    ).toBe(true);
    expect(
      isStoryFurniture(
        element('<p>Read more: <a href="/a">How caravans are helping frontline medics</a></p>'),
      ),
    ).toBe(true);
    expect(
      isStoryFurniture(
        element('<div><a href="/a">Global economy will suffer for years, bank warns</a></div>'),
      ),
    ).toBe(true);
  });

  it('keeps paragraphs and lists of the story that link a few words', () => {
    expect(
      isStoryFurniture(
        element(
          '<p>The ministry said on Monday that <a href="/report">its report</a> would be published next week, after talks.</p>',
        ),
      ),
    ).toBe(false);
    expect(
      isStoryFurniture(
        element(
          '<ul><li>Schools will reopen on Monday in most districts.</li><li>Buses run as usual.</li></ul>',
        ),
      ),
    ).toBe(false);
  });

  it('counts only links with an address, each once: inline <a>s without one and links in links are the story', () => {
    // A paragraph styled with address-less <a>s, nested many deep (a page's inline markup, not links).
    let inner = 'Jane Doe said that 4.1 million people had fled.';
    for (let depth = 0; depth < 20; depth++) inner = `<a><b>${inner}</b></a>`;
    expect(isStoryFurniture(element(`<p>Speaking on Tuesday, President ${inner}</p>`))).toBe(false);
    // A short link of a long paragraph, wrapped in another link by a script: still a few words of it.
    const story = document.createElement('p');
    story.append(
      'The ministry said on Monday that its long-delayed report on the harbour would be published, ',
    );
    const outer = story.appendChild(document.createElement('a'));
    outer.href = '/report';
    const nested = outer.appendChild(document.createElement('a'));
    nested.href = '/report';
    nested.append('next week');
    story.append(', after talks with the unions and the port authority had ended without a deal.');
    expect(isStoryFurniture(story)).toBe(false);
  });

  it('skips label lines, bylines, captions and boxes named for them', () => {
    for (const html of [
      '<div>Advertisement</div>',
      '<h2>Related coverage</h2>',
      '<p>Also on The Ledger</p>',
      '<p>Trending news</p>',
      '<p>Anzeige</p>',
      '<p>By Jane Roe, Ledger News, New York</p>',
      '<figure><img src="a.jpg"><figcaption>The harbour on Monday</figcaption></figure>',
      '<div class="media-caption">Image copyright Reuters</div>',
      '<div class="article-tags">Politics Europe</div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
  });

  it('keeps headings and short sentences of the story, and inline elements named for links', () => {
    for (const html of [
      '<h2>What happens next</h2>',
      '<p>By Tuesday, the city had reopened.</p>',
      '<p>Share prices fell 3% on Monday.</p>',
      '<a class="story-body__link" href="/x">the report</a>',
      // A sentence that links most of its words, with words of its own around the links.
      '<p>Owners can <a href="/a">register a business online on the city portal</a> and also look up <a href="/b">resources for companies in the state</a> at the registry.</p>',
      // A box named for links that holds none is the story's own.
      '<div class="intext-links"><p>The president of the commission also welcomed the vote.</p></div>',
      // A subheading's anchor id made of its words ("nav" here) does not make it navigation.
      '<h3 class="subheading" id="nav_navigating_the_new_rules__1">Navigating the new rules</h3>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
    // Its class still tells.
    expect(isStoryFurniture(element('<h3 class="sidebar-title" id="more">More on this</h3>'))).toBe(true);
  });
});

describe('unquotedText', () => {
  it('leaves out what a report quotes, but not a text that is mostly dialogue', () => {
    expect(
      unquotedText(
        'The judge, who was sworn in on Monday at a ceremony in the capital before the governor and her family, said: “I was raised to remember.” She then took her seat.',
      ),
    ).not.toContain('I was raised');
    const dialogue = "“I will go,” he said. “You won't,” I said. “We shall see,” she said.";
    expect(unquotedText(dialogue)).toBe(dialogue);
  });
});
