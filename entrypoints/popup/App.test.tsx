// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Glossary } from '@/analysis/glossary';
import type { PageItem } from '@/analysis/page-items';
import { I18n } from '@/components/i18n';
import { createMockConnector } from '@/utils/connector-mock';
import { fillMessage, type Translate } from '@/utils/i18n';
import type { PageReport, PageStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { App } from './App';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
const french = JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
const t: Translate = (key, ...substitutions) => fillMessage(english[key]?.message ?? key, substitutions);
const tFrench: Translate = (key, ...substitutions) => fillMessage(french[key]?.message ?? key, substitutions);

const source = { id: 'a', label: 'The Wire', date: '2024-05-01' };
const other = { id: 'b', label: 'Daily Post' };

const glossary: Glossary = {
  version: 1,
  sources: [source, other],
  leaders: [
    {
      name: 'Ana Lopez',
      aliases: ['Ana Lopez', 'Lopez'],
      roles: [{ role: 'President of Freedonia', source: 'a' }],
      quotes: [{ sentence: 'President Ana Lopez opened the dam.', source: 'a' }],
    },
  ],
  claims: [
    {
      key: '40000 household',
      value: 40000,
      unit: 'households',
      normalizedUnit: 'household',
      counts: 'households',
      mentions: [{ text: '40,000 households', sentence: 'About 40,000 households lost power.', source: 'b' }],
      conflicts: [],
    },
  ],
  entities: [
    {
      kind: 'organisation',
      name: 'NATO',
      expansion: 'North Atlantic Treaty Organization',
      aliases: ['NATO'],
      quotes: [{ sentence: 'The North Atlantic Treaty Organization (NATO) met.', source: 'a' }],
    },
  ],
};

const items: PageItem[] = [
  {
    kind: 'leader',
    key: 'Ana Lopez',
    name: 'Ana Lopez',
    role: 'President',
    mentions: 2,
    sentence: 'President Ana Lopez spoke.',
    roles: [{ role: 'President of Freedonia', source }],
    quotes: [{ sentence: 'President Ana Lopez opened the dam.', source }],
  },
  {
    kind: 'leader',
    key: 'Kim Park',
    name: 'Kim Park',
    role: 'Prime Minister',
    mentions: 1,
    sentence: 'Prime Minister Kim Park said 12 towns were cut off.',
    roles: [],
    quotes: [],
    page: {
      offices: ['Prime Minister', 'head of the coalition'],
      sentences: [
        'Prime Minister Kim Park said 12 towns were cut off.',
        'Park, head of the coalition, flew north.',
        'Park met mayors.',
        'Park promised aid.',
        'Park left at dawn.',
      ],
      mentionsAt: [0, 1, 2, 3, 4].map((sentence) => ({ start: sentence * 60, sentence })),
    },
  },
  {
    kind: 'claim',
    key: '40000 household',
    text: '40,000 households',
    counts: 'households',
    mentions: 1,
    sentence: 'Some 40,000 households had no power.',
    status: 'corroborated',
    agreeing: [{ text: '40,000 households', sentence: 'About 40,000 households lost power.', source: other }],
    differing: [],
  },
  {
    kind: 'claim',
    key: '12 town',
    text: '12 towns',
    counts: 'towns',
    mentions: 1,
    sentence: 'Prime Minister Kim Park said 12 towns were cut off.',
    status: 'contradicted',
    agreeing: [],
    differing: [{ text: '15 towns', sentence: 'Kim Park said 15 towns were cut off.', source: other }],
  },
  {
    kind: 'claim',
    key: '360000000000 USD',
    text: '$360 billion',
    counts: 'Chinese goods',
    mentions: 1,
    sentence: 'Tariffs cover $360 billion of Chinese goods.',
    status: 'unmentioned',
    agreeing: [],
    differing: [],
    page: {
      sentences: ['Tariffs cover $360 billion of Chinese goods.'],
      mentionsAt: [{ start: 14, sentence: 0 }],
      differing: [],
    },
  },
  {
    kind: 'claim',
    key: '12 person',
    text: '12 people',
    counts: 'people',
    mentions: 2,
    sentence: 'At least 12 people were killed.',
    status: 'unmentioned',
    agreeing: [],
    differing: [],
    page: {
      sentences: ['At least 12 people were killed.', 'Police said 12 people were killed.'],
      mentionsAt: [
        { start: 300, sentence: 0 },
        { start: 400, sentence: 1 },
      ],
      differing: [
        { key: '14 person', text: '14 people', sentence: 'Later, officials said 14 people were killed.' },
      ],
    },
  },
];

const status = (overrides: Partial<PageStatus> = {}): PageStatus => ({
  url: 'https://news.example/story',
  isNews: true,
  readable: true,
  language: 'en',
  score: 0.9,
  signals: ['NewsArticle'],
  leaders: 3,
  claims: 2,
  skippedChars: 0,
  detectMs: 0.5,
  ...overrides,
});

function show(page: PageReport | null, settings = DEFAULT_SETTINGS, translate = t) {
  const connector = createMockConnector(page, settings);
  render(
    <I18n.Provider value={translate}>
      <App connector={connector} glossary={glossary} />
    </I18n.Provider>,
  );
  return connector;
}

afterEach(cleanup);

/**
 * An accessible name, as a screen reader reads it: happy-dom lays spans out as blocks, so the name
 * computed here has a space before each punctuation mark that Chromium's has not.
 */
const named = (expected: string | RegExp) => (name: string) => {
  const read = name.replace(/\s+([,.:])/g, '$1');
  return typeof expected === 'string' ? read === expected : expected.test(read);
};

describe('popup', () => {
  it('summarises a news page and lists its leaders in order with role and context', async () => {
    show({ status: status(), items, forced: false });
    // Leaders counted as people and as mentions (2 + 1), figures as figures.
    await screen.findByText('News article: 2 leaders, 3 mentions; 4 numeric claims.');
    const leaders = within(screen.getByRole('region', { name: 'Leaders on this page' }));
    const names = leaders.getAllByRole('listitem').filter((li) => li.classList.contains('item'));
    expect(names.map((li) => li.querySelector('.item__name')?.textContent)).toEqual([
      'Ana Lopez',
      'Kim Park',
    ]);
    expect(names.map((li) => li.querySelector('.item__count')?.textContent)).toEqual([
      '2 mentions',
      '1 mention',
    ]);
    expect(names[0].textContent).toContain('President of Freedonia, in The Wire, May 1, 2024');
    expect(names[0].textContent).toContain('The Wire, May 1, 2024');
    // What the page itself says, and no line under every item about what the sources lack.
    expect(names[1].textContent).not.toMatch(/do not mention|not in the bundled sources/i);
    expect(names[1].textContent).toContain('Called here: Prime Minister; head of the coalition');
  });

  it('shows a leader’s first three sentences on the page and the rest on request', async () => {
    show({ status: status(), items, forced: false });
    const leaders = within(await screen.findByRole('region', { name: 'Leaders on this page' }));
    const kim = leaders.getAllByRole('listitem').find((li) => li.textContent?.includes('Kim Park'))!;
    const quotes = [...kim.querySelectorAll('.item__page > .page-sentences > .quote')].map(
      (q) => q.textContent,
    );
    expect(quotes).toEqual([
      'Prime Minister Kim Park said 12 towns were cut off.',
      'Park, head of the coalition, flew north.',
      'Park met mayors.',
    ]);
    const more = kim.querySelector('details.more')!;
    expect(more.querySelector('summary')?.textContent).toBe('2 more sentences on this page');
    expect(more.hasAttribute('open')).toBe(false);
    expect([...more.querySelectorAll('.quote')].map((q) => q.textContent)).toEqual([
      'Park promised aid.',
      'Park left at dawn.',
    ]);
  });

  it('says whether the sources corroborate or contradict each figure', async () => {
    show({ status: status(), items, forced: false });
    const claims = within(await screen.findByRole('region', { name: 'Numeric claims on this page' }));
    expect(claims.getByText('Also in Daily Post')).toBeTruthy();
    expect(claims.getByText('Sources differ: 15 towns in Daily Post')).toBeTruthy();
    expect(claims.queryByText(/not in the bundled sources/i)).toBeNull();
  });

  it('says what each figure counts, money too, and flags a different figure for the same thing on the page', async () => {
    show({ status: status(), items, forced: false });
    const claims = within(await screen.findByRole('region', { name: 'Numeric claims on this page' }));
    // Read out as "$360 billion: Chinese goods, 1 mention"; shown as the figure beside what it counts.
    const money = claims.getByRole('button', {
      name: named('$360 billion: Chinese goods, 1 mention. Show on the page'),
    });
    expect(money.querySelector('.item__role')?.textContent).toBe('Chinese goods');
    // Nothing beside a figure whose own words say what it counts: not "40,000 households: households".
    const households = claims.getByRole('button', { name: named(/^40,000 households, 1 mention\./) });
    expect(households.querySelector('.item__role')).toBeNull();
    const twelve = claims
      .getAllByRole('listitem')
      .find((li) => li.querySelector('.item__name')?.textContent === '12 people')!;
    expect(twelve.querySelector('.claim-status--differs')?.textContent).toBe(
      'This page also gives 14 people for the same thing',
    );
    expect(twelve.textContent).toContain('Later, officials said 14 people were killed.');
    expect(twelve.querySelector('.page-sentences .quote')?.textContent).toBe(
      'At least 12 people were killed.',
    );
    expect(twelve.querySelector('details.more summary')?.textContent).toBe('1 more sentence on this page');
  });

  it('counts in French with the French plural rules', async () => {
    const one = items.filter((item) => item.key === 'Kim Park' || item.key === '12 town');
    show({ status: status(), items: one, forced: false }, DEFAULT_SETTINGS, tFrench);
    await screen.findByText('Article de presse : 1 dirigeant, 1 mention ; 1 affirmation chiffrée.');
    cleanup();
    show({ status: status(), items: [], forced: false }, DEFAULT_SETTINGS, tFrench);
    // French counts zero in the singular.
    await screen.findByText('Article de presse : 0 dirigeant, 0 mention ; 0 affirmation chiffrée.');
  });

  it('still lists the page’s leaders and figures with highlights off', async () => {
    show(
      { status: status({ leaders: 0, claims: 0 }), items, forced: false },
      { ...DEFAULT_SETTINGS, enabled: false },
    );
    await screen.findByText(/Highlights are off here; its leaders and figures are still listed below/);
    expect(screen.getByRole('region', { name: 'Leaders on this page' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Numeric claims on this page' })).toBeTruthy();
  });

  it('writes the settings through the connector from switches with role="switch"', async () => {
    const connector = show({ status: status(), items, forced: false });
    const everywhere = await screen.findByRole('switch', { name: 'Highlights everywhere' });
    expect(everywhere.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(everywhere);
    await waitFor(() => expect(connector.settings.enabled).toBe(false));
    expect(screen.getByRole('switch', { name: 'Highlights everywhere' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Highlights everywhere' }));
    fireEvent.click(screen.getByRole('switch', { name: 'On news.example' }));
    await waitFor(() => expect(connector.settings.disabledSites).toEqual(['news.example']));
    fireEvent.click(screen.getByRole('switch', { name: 'Numeric claims' }));
    await waitFor(() => expect(connector.settings.claims).toBe(false));
  });

  it('asks the page to show a mention when an item is chosen', async () => {
    const connector = show({ status: status(), items, forced: false });
    fireEvent.click(
      await screen.findByRole('button', {
        name: named('Kim Park, Prime Minister, 1 mention. Show on the page'),
      }),
    );
    expect(connector.calls).toContainEqual({ method: 'reveal', args: ['leader', 'Kim Park'] });
  });

  it('explains in plain words a page that is not news and analyses it on request', async () => {
    const connector = show({
      status: status({ isNews: false, signals: ['ogOther recipe', 'teasers'], leaders: 0, claims: 0 }),
      items: [],
      forced: false,
    });
    await screen.findByText(/does not look like a news article/);
    expect(
      screen.getByText('Why: it looks like a recipe; it is a list of links, not one story'),
    ).toBeTruthy();
    // Never the detector's own words.
    expect(document.body.textContent).not.toMatch(/ogOther|teasers/);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse it anyway' }));
    expect(connector.calls).toContainEqual({ method: 'analyzeAnyway', args: [] });
  });

  it('says no article text was found on a page without prose', async () => {
    show({
      status: status({ isNews: false, signals: ['noProse'], leaders: 0, claims: 0 }),
      items: [],
      forced: false,
    });
    await screen.findByText('Why: no article text was found');
  });

  it('says why news in another language is not highlighted, without calling it not news', async () => {
    show({
      status: status({ readable: false, language: 'fr', leaders: 0, claims: 0 }),
      items: [],
      forced: false,
    });
    await screen.findByText(/language Newslens cannot read yet \(fr\)/);
    expect(screen.queryByText(/does not look like a news article/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Analyse it anyway' })).toBeTruthy();
  });

  it('says when it cannot read the page at all', async () => {
    show(null);
    await screen.findByText(/cannot read this page/);
  });

  it('follows the page as it changes', async () => {
    const connector = show({ status: status({ leaders: 0, claims: 0 }), items: [], forced: false });
    await screen.findByText('News article: 0 leaders, 0 mentions; 0 numeric claims.');
    connector.setPage({ status: status(), items, forced: false });
    await screen.findByText('News article: 2 leaders, 3 mentions; 4 numeric claims.');
  });
});

describe('glossary view', () => {
  it('lists every entry and searches by name, role or figure', async () => {
    show({ status: status(), items, forced: false });
    fireEvent.click(await screen.findByRole('tab', { name: 'Glossary' }));
    expect(screen.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe('true');
    const search = screen.getByRole('searchbox', { name: 'Search the glossary' });
    expect(screen.getByText('Ana Lopez')).toBeTruthy();
    expect(screen.getByText('NATO')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'freedonia' } });
    expect(screen.getByText('Ana Lopez')).toBeTruthy();
    expect(screen.queryByText('NATO')).toBeNull();
    fireEvent.input(search, { target: { value: '40,000' } });
    expect(screen.getByText('40,000 households')).toBeTruthy();
    expect(screen.queryByText('Ana Lopez')).toBeNull();
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByText('Nothing in the glossary matches “zzz”.')).toBeTruthy();
  });
});
