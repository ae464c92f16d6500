// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ArticleDetection } from './detect-article';
import { storyRoots } from './page-text-roots';
import { isStoryFurniture } from './story-furniture';
import { buildTextIndex } from './text-index';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, officials said after the meeting.',
  'Repairs will take about six months and cost the city 4 million dollars, the mayor told reporters.',
  'Drivers will be sent over the northern bridge, which the council says can carry the extra traffic.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

const LEAD = 'The city will close its oldest bridge for half a year, and drivers face long detours.';

/** A detection of the page in `document` as detection gives it: the headline when outside the container, then the container. */
function detection(container: string, headline: string | null = 'h1', isNews = true): ArticleDetection {
  const body = [headline && document.querySelector(headline), document.querySelector(container)].filter(
    (e): e is Element => !!e,
  );
  return { isNews, score: 1, language: 'en', readable: true, body, signals: [], features: {} };
}

/** The text the reader reads of the page. */
function read(html: string, found: () => ArticleDetection): string {
  document.body.innerHTML = html;
  return buildTextIndex(storyRoots(document, found()), isStoryFurniture).text;
}

describe('storyRoots', () => {
  it('reads the lead between the headline and the story column, in page order', () => {
    // The lead sits in the header's intro box, beside the date and the share bar; the column is elsewhere.
    const text = read(
      `<article><header><h1>Old bridge to close for repairs</h1>
        <div class="intro"><p>${LEAD}</p></div>
        <div class="share"><a href="/s">Share</a></div></header>
        <div class="layout"><div class="main"><div class="story">${STORY}</div></div></div></article>`,
      () => detection('.story'),
    );
    expect(text.startsWith(`Old bridge to close for repairs\n\n${LEAD}\n\nThe council voted`)).toBe(true);
  });

  it('reads a lead that follows a paragraph of the story outside the column (the column took the rest)', () => {
    const text = read(
      `<div class="page"><h1>Old bridge to close for repairs</h1><section class="content">
        <p class="col">${LEAD}</p><div class="col">${STORY}</div></section></div>`,
      () => detection('div.col'),
    );
    expect(text).toContain(LEAD);
  });

  it('leaves out what sits between a headline and the story but is not its lead', () => {
    const text = read(
      `<article><h1>Old bridge to close for repairs</h1>
        <p class="dateline">Published 3 May 2024, 10:15 | Updated 11:20</p>
        <p>By Jane Doe, City Desk reporter for the Ledger in Springfield</p>
        <div class="article-image"><img src="b.jpg"><p>The old bridge was built in 1911 and carries 20,000 cars a day.</p></div>
        <p>The old bridge seen from the river on Monday morning. Photo: Ledger staff</p>
        <div class="rty-pop-up"><p>Our reporting is free to read: support it with a gift today, and thank you.</p></div>
        <div class="box"><p><a href="/a">Traffic</a> The mayor's plan for the northern bridge and what it will cost.</p></div>
        <h2>Old bridge to close for repairs: what happens to drivers next?</h2>
        <div class="cookie-consent"><p>We use cookies to measure how the site is used, and you can say no to that.</p></div>
        <div class="story">${STORY}</div></article>`,
      () => detection('.story'),
    );
    for (const left of [
      'Published',
      'Jane Doe',
      'built in 1911',
      'seen from the river',
      'gift',
      "mayor's plan",
      'what happens',
      'cookies',
    ])
      expect(text).not.toContain(left);
    expect(text).toContain('The council voted');
  });

  it("without a headline, reads the lead in the story column's <article>", () => {
    const text = read(
      `<article><div class="summary"><p>${LEAD}</p></div><div class="story">${STORY}</div></article>`,
      () => detection('.story', null),
    );
    expect(text.startsWith(LEAD)).toBe(true);
    // No <article> either: the box right around the column. A lead cut short still reads as sentences.
    const cut = `${LEAD} Officials expect the work to start in the spring, after the`;
    const other = read(
      `<div class="layout"><div class="intro">${cut}</div><div class="story">${STORY}</div></div>`,
      () => detection('.story', null),
    );
    expect(other.startsWith(cut)).toBe(true);
  });

  it('finds the headline of a page detection stopped reading early, and the lead under it', () => {
    document.title = 'Old bridge to close for repairs - The Ledger';
    const text = read(
      `<div class="wrap"><h1>Old bridge to close for repairs</h1><p class="lead">${LEAD}</p>
        <div class="body">${STORY}</div></div>`,
      () => detection('.body', null, false),
    );
    expect(text.startsWith(`Old bridge to close for repairs\n\n${LEAD}`)).toBe(true);
  });

  it('never reads a lead twice or what lies after the column, and leaves a far-off wrapper alone', () => {
    // Seven wrappers up, the box that holds the headline is the page's layout, not the story's.
    document.body.innerHTML = `<div class="site"><h1>Old bridge to close for repairs</h1><p>${LEAD}</p>
      <div><div><div><div><div><div><div class="story">${STORY}</div></div></div></div></div></div></div></div>`;
    const roots = storyRoots(document, detection('.story'));
    expect(roots.map((e) => e.tagName)).toEqual(['H1', 'DIV']);
    document.body.innerHTML = `<article><h1>Old bridge to close for repairs</h1><p class="standfirst">${LEAD}</p>
      <div class="story">${STORY}</div><p>${LEAD} And more after the story.</p></article>`;
    const found = detection('.story');
    found.body.splice(1, 0, document.querySelector('.standfirst')!);
    expect(storyRoots(document, found)).toEqual(found.body);
  });

  it('is empty when detection found no story', () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    expect(storyRoots(document, { ...detection('.none'), body: [] })).toEqual([]);
  });
});
