// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectArticle, type ArticleDetection } from './detect-article';
import { inNeverColumn, storyColumn } from './page-text-column';

const para = (text: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${text} (${i + 1}) and the rest of the sentence goes on.</p>`).join(
    '',
  );

const STORY = para('The council voted on Tuesday to close the old bridge for repairs, officials said', 3);
// A privacy notice with more prose than the short story, in a pop-up over the page.
const NOTICE = para('We process your data to analyse errors and measure how the site is used by visitors', 8);

const detected = (container: Element): ArticleDetection => ({
  isNews: true,
  score: 1,
  language: 'en',
  readable: true,
  body: [container],
  signals: [],
  features: {},
});

describe('storyColumn', () => {
  it('finds the story again when the container lies in a pop-up, a dialog or a login box', () => {
    for (const box of [
      '<div class="sp-dsgvo-popup-overlay"><div><div class="notice">NOTICE</div></div></div>',
      '<div role="dialog"><div class="notice">NOTICE</div></div>',
      '<dialog open><div class="notice">NOTICE</div></dialog>',
      '<div class="b-dialog x-dialog-login"><div class="notice">NOTICE</div></div>',
      // The notice's paragraphs lie further down in the pop-up than its name is looked for from them.
      '<div class="cookie-consent"><div><div><div><div class="notice">NOTICE</div></div></div></div></div>',
    ]) {
      document.body.innerHTML = `<main><article><h1>Old bridge to close</h1><div class="story">${STORY}</div></article></main>${box.replace('NOTICE', NOTICE)}`;
      const notice = document.querySelector('.notice')!;
      expect(inNeverColumn(notice), box).toBe(true);
      expect(storyColumn(document, detected(notice)), box).toBe(document.querySelector('.story'));
    }
  });

  it('finds the story again when the container is a row of related stories, however deep their teasers lie', () => {
    // Teasers with more prose than the short story, in a related-articles row whose name also says "article".
    const teasers = para(
      'Our riders went on a trip to the city last summer and met the local skaters there',
      8,
    );
    document.body.innerHTML = `<main><article><h1>Old bridge to close</h1><div class="story">${STORY}</div></article>
      <section class="c-related-articles--row"><div class="o-grid"><div class="c-widget c-widget__related-articles">
      <div class="c-widget-content"><div class="card"><div class="card__body"><div class="teasers">${teasers}</div></div></div></div></div></div></section>`;
    const row = document.querySelector('.c-widget-content')!;
    expect(inNeverColumn(row)).toBe(true);
    expect(storyColumn(document, detected(row))).toBe(document.querySelector('.story'));
    // With no story outside such rows there is no column at all, rather than the teasers.
    document.querySelector('main')!.remove();
    expect(storyColumn(document, detected(row))).toBe(null);
  });

  it("keeps detection's container when it is not in such a box, whatever the page's wrappers are named", () => {
    document.body.innerHTML = `<div class="dialog-off-canvas-main-canvas"><div class="modal-enabled js-truncate-related-to-my-size"><div class="article-body paywalled-content">${STORY}</div></div></div>`;
    const story = document.querySelector('.article-body')!;
    expect(inNeverColumn(story)).toBe(false);
    expect(storyColumn(document, detected(story))).toBe(story);
    // Detection's own container of a plain page is the story's.
    document.body.innerHTML = `<article><h1>Old bridge to close</h1><div class="story">${STORY}${STORY}</div></article>`;
    expect(storyColumn(document, detectArticle(document))).toBe(document.querySelector('.story'));
  });
});
