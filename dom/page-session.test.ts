// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/analysis';
import { highlightSpans } from '@/analysis/highlights';
import { withPageContext } from '@/analysis/page-context';
import { describePage, GlossaryIndex } from '@/analysis/page-items';
import { glossary } from '@/utils/glossary';
import { detectArticle } from './detect-article';
import {
  FLASH_ATTRIBUTE,
  PageSession,
  type PageSessionOptions,
  type PageSessionStatus,
  type SessionAnalysis,
} from './page-session';

const glossaryIndex = new GlossaryIndex(glossary);

const STORY = [
  'President Ana Lopez of Freedonia said on Monday that 40,000 households had lost power after the storm.',
  'Lopez told reporters the government would spend $2 billion on repairs, according to officials.',
  'Prime Minister Kim Park said at least 12 towns were still cut off, and that crews were working through the night.',
  'Officials said the storm was the worst in 30 years, and that 3,000 people had been moved to shelters.',
  'Park said the army had sent 500 soldiers to help, and that the repairs would take weeks to finish.',
  'Lopez said she would visit the worst-hit towns on Tuesday, officials said, and would meet families there.',
];

function newsPage(paragraphs: string[]): string {
  return `<header class="masthead"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Storm leaves thousands without power</h1>
<div class="story-body">${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</div></article>
<aside class="related"><a href="/x">Governor Jo Bell opens 4 bridges</a></aside></main>
<footer>Footer text</footer>`;
}

function setUpPage(body: string): void {
  document.head.innerHTML =
    '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01">' +
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm"}</script>';
  document.documentElement.lang = 'en';
  document.body.innerHTML = body;
}

interface Harness {
  session: PageSession;
  analyses: string[];
  statuses: PageSessionStatus[];
  controller: AbortController;
}

const running: AbortController[] = [];

function startSession(
  kinds: Set<string> | null = new Set(['leader', 'claim']),
  detected: PageSessionOptions['detected'] = null,
): Harness {
  const analyses: string[] = [];
  const statuses: PageSessionStatus[] = [];
  const controller = new AbortController();
  running.push(controller);
  const session = new PageSession({
    doc: document,
    detected,
    analyze: (text: string): Promise<SessionAnalysis> => {
      analyses.push(text);
      const analysis = analyze(text);
      return Promise.resolve({
        spans: highlightSpans(analysis),
        items: withPageContext(text, analysis, describePage(text, analysis, glossaryIndex)),
      });
    },
    report: (status) => statuses.push(status),
    kinds,
    maxChars: 1_000_000,
    debounceMs: 20,
    signal: controller.signal,
  });
  return { session, analyses, statuses, controller };
}

const marks = () => [...document.querySelectorAll('newslens-mark')];
const markTexts = () => marks().map((mark) => mark.textContent);

describe('PageSession', () => {
  beforeEach(() => setUpPage(newsPage(STORY)));
  // A session left running would go on observing the next test's page.
  afterEach(() => {
    for (const controller of running.splice(0)) controller.abort();
  });

  it('highlights leaders and claims in the story only, and reports counts', async () => {
    const { session, statuses } = startSession();
    await session.start();
    expect(markTexts()).toContain('Ana Lopez');
    expect(markTexts()).toContain('40,000 households');
    expect(document.querySelector('aside newslens-mark')).toBeNull();
    const last = statuses.at(-1)!;
    expect(last.article.isNews).toBe(true);
    expect(last.leaders).toBeGreaterThan(0);
    expect(last.claims).toBeGreaterThan(0);
  });

  it('turns off to the exact DOM, and back on without a new analysis', async () => {
    const before = document.body.innerHTML;
    const { session, analyses } = startSession();
    await session.start();
    const count = marks().length;
    expect(document.body.innerHTML).not.toBe(before);
    await session.setKinds(null);
    expect(document.body.innerHTML).toBe(before);
    await session.setKinds(new Set(['leader', 'claim']));
    expect(marks().length).toBe(count);
    expect(analyses.length).toBe(1);
  });

  it('shows only the kinds asked for', async () => {
    const { session } = startSession(new Set(['claim']));
    await session.start();
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().every((mark) => mark.getAttribute('data-newslens-kind') === 'claim')).toBe(true);
    await session.setKinds(new Set(['leader']));
    expect(marks().every((mark) => mark.getAttribute('data-newslens-kind') === 'leader')).toBe(true);
  });

  it("starts from a detection handed in (the probe's) rather than detecting again", async () => {
    // A detection whose story is the first paragraph alone: a session that detected again would mark all.
    const first = document.querySelector('.story-body p')!;
    const given = { ...detectArticle(document), body: [first] };
    const { session, statuses } = startSession(undefined, { detection: given, ms: 1.25 });
    await session.start();
    expect(markTexts()).toContain('Ana Lopez');
    expect(marks().every((mark) => first.contains(mark))).toBe(true);
    expect(statuses[0].detectMs).toBe(1.25);
  });

  it('does nothing but detect on a page that is not news', async () => {
    setUpPage('<nav><a href="/a">A</a><a href="/b">B</a></nav><ul><li><a href="/c">Shop now</a></li></ul>');
    document.head.innerHTML = '';
    const before = document.body.innerHTML;
    const { session, analyses, statuses } = startSession();
    await session.start();
    expect(analyses).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(statuses.at(-1)?.article.isNews).toBe(false);
  });

  it('analyses nothing while highlights are off', async () => {
    const { session, analyses } = startSession(null);
    await session.start();
    expect(analyses).toEqual([]);
    expect(marks()).toEqual([]);
  });

  it('with highlights off, analyses for the popup’s lists on request and highlights nothing', async () => {
    const { session, analyses } = startSession(null);
    await session.start();
    const before = document.body.innerHTML;
    await session.analyseForLists();
    expect(analyses).toHaveLength(1);
    expect(session.items.map((item) => item.key)).toContain('Ana Lopez');
    expect(document.body.innerHTML).toBe(before);
    // Asked again, the analysis stands; highlights turned on reuse it.
    await session.analyseForLists();
    await session.setKinds(new Set(['leader', 'claim']));
    expect(analyses).toHaveLength(1);
    expect(marks().length).toBeGreaterThan(0);
  });

  it('gives the sentence of the mention each highlight shows', async () => {
    const { session } = startSession();
    await session.start();
    const lopez = session.items.find((item) => item.key === 'Ana Lopez')!;
    const sentences = marks()
      .filter((mark) => mark.getAttribute('data-newslens-key') === 'Ana Lopez')
      .map((mark) => session.sentenceOf(mark, lopez));
    expect(sentences).toEqual([STORY[0], STORY[1], STORY[5]]);
    // Not one of this session's highlights: no sentence.
    expect(session.sentenceOf(document.createElement('newslens-mark'), lopez)).toBeUndefined();
  });

  it('highlights a paragraph the page adds later, and ignores its own changes', async () => {
    const { session, analyses } = startSession();
    await session.start();
    expect(analyses.length).toBe(1);
    // Its own marks caused no refresh.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(analyses.length).toBe(1);
    const added = document.createElement('p');
    added.textContent = 'Chancellor Maria Delgado said 7 hospitals were running on generators.';
    document.querySelector('.story-body')!.append(added);
    await vi.waitFor(() => expect(added.querySelectorAll('newslens-mark').length).toBe(2), { timeout: 2000 });
    expect(analyses.length).toBe(2);
  });

  it('leaves a page that keeps taking the highlights out alone, until the settings change', async () => {
    const before = document.body.innerHTML;
    const { session, statuses } = startSession();
    await session.start();
    let rounds = 0;
    // The page unwraps every mark as soon as it sees one, and joins its text back.
    const fighter = new MutationObserver(() => {
      const found = marks();
      if (found.length === 0) return;
      rounds++;
      for (const mark of found) mark.replaceWith(...mark.childNodes);
      document.querySelector('.story-body')!.normalize();
    });
    fighter.observe(document.body, { childList: true, subtree: true });
    try {
      marks().forEach((mark) => mark.replaceWith(...mark.childNodes));
      document.querySelector('.story-body')!.normalize();
      await vi.waitFor(() => expect(statuses.at(-1)?.leaders).toBe(0), { timeout: 3000 });
      // A few rounds (each render comes in slices), then no more.
      const settled = rounds;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rounds).toBe(settled);
      expect(rounds).toBeLessThanOrEqual(12);
      expect(document.body.innerHTML).toBe(before);
    } finally {
      fighter.disconnect();
    }
    // The reader turns highlights off and on: they are back.
    await session.setKinds(null);
    await session.setKinds(new Set(['leader', 'claim']));
    expect(marks().length).toBeGreaterThan(0);
  });

  it('keeps highlighting a page that replaces parts of its story', async () => {
    const { session } = startSession();
    await session.start();
    const story = document.querySelector('.story-body')!;
    for (let round = 0; round < 5; round++) {
      // A whole paragraph, its highlights with it, is replaced by a new one.
      const paragraph = story.querySelector('p')!;
      const fresh = document.createElement('p');
      fresh.textContent = `Governor Rosa Vidal said ${round + 2} bridges had reopened on Monday.`;
      paragraph.replaceWith(fresh);
      await vi.waitFor(() => expect(fresh.querySelectorAll('newslens-mark').length).toBeGreaterThan(0), {
        timeout: 2000,
      });
    }
  });

  it('leaves the page as it found it when the session ends', async () => {
    const before = document.body.innerHTML;
    const { session, controller } = startSession();
    await session.start();
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('lists the page items in order of first mention, with the page role and sentence', async () => {
    const { session } = startSession();
    await session.start();
    const leaders = session.items.filter((item) => item.kind === 'leader');
    expect(leaders.map((item) => item.key)).toEqual(['Ana Lopez', 'Kim Park']);
    const first = leaders[0];
    expect(first).toMatchObject({ kind: 'leader', key: 'Ana Lopez', role: 'President' });
    expect(first.sentence).toBe(STORY[0]);
    expect(first.mentions).toBe(3);
    const households = session.items.find(
      (item) => item.kind === 'claim' && item.text === '40,000 households',
    );
    expect(households).toMatchObject({ counts: 'households', status: 'unmentioned' });
  });

  it('reveals the mentions of a key in turn and flashes them, and moves the focus through highlights', async () => {
    const { session } = startSession();
    await session.start();
    const lopez = marks().filter((mark) => mark.getAttribute('data-newslens-key') === 'Ana Lopez');
    expect(session.reveal('leader', 'Ana Lopez')).toBe(true);
    expect(lopez[0].hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(session.reveal('leader', 'Ana Lopez')).toBe(true);
    expect(lopez[1].hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(session.reveal('leader', 'Nobody')).toBe(false);
    expect(session.focusNext()).toBe(true);
    expect(document.activeElement?.tagName.toLowerCase()).toBe('newslens-mark');
  });

  it('analyses a page that is not news when the reader asks, and restores it', async () => {
    setUpPage('<div><p>My notes: President Ana Lopez met 12 farmers today.</p></div>');
    document.head.innerHTML = '';
    const before = document.body.innerHTML;
    const { session, analyses, controller } = startSession();
    await session.start();
    expect(analyses).toEqual([]);
    await session.analyzeAnyway();
    expect(session.isForced).toBe(true);
    expect(markTexts()).toEqual(['Ana Lopez', '12 farmers']);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });
});
