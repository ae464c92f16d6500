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
const t: Translate = (key, ...substitutions) => fillMessage(english[key]?.message ?? key, substitutions);

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

function show(page: PageReport | null, settings = DEFAULT_SETTINGS) {
  const connector = createMockConnector(page, settings);
  render(
    <I18n.Provider value={t}>
      <App connector={connector} glossary={glossary} />
    </I18n.Provider>,
  );
  return connector;
}

afterEach(cleanup);

describe('popup', () => {
  it('summarises a news page and lists its leaders in order with role and context', async () => {
    show({ status: status(), items, forced: false });
    await screen.findByText('News article: 3 leaders and 2 numeric claims highlighted.');
    const leaders = within(screen.getByRole('region', { name: 'Leaders on this page' }));
    const names = leaders.getAllByRole('listitem').filter((li) => li.classList.contains('item'));
    expect(names.map((li) => li.querySelector('.item__name')?.textContent)).toEqual([
      'Ana Lopez',
      'Kim Park',
    ]);
    expect(names[0].textContent).toContain('President of Freedonia, in The Wire, May 1, 2024');
    expect(names[0].textContent).toContain('The Wire, May 1, 2024');
    // A leader the sources do not know: the page's own sentence of first mention.
    expect(names[1].textContent).toContain('do not mention this leader');
    expect(names[1].textContent).toContain('Prime Minister Kim Park said 12 towns were cut off.');
  });

  it('says whether the sources corroborate or contradict each figure', async () => {
    show({ status: status(), items, forced: false });
    const claims = within(await screen.findByRole('region', { name: 'Numeric claims on this page' }));
    expect(claims.getByText('Also in Daily Post')).toBeTruthy();
    expect(claims.getByText('Sources differ: 15 towns in Daily Post')).toBeTruthy();
    expect(claims.getByText('Counts: households')).toBeTruthy();
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
    fireEvent.click(await screen.findByRole('button', { name: 'Kim Park. Show on the page' }));
    expect(connector.calls).toContainEqual({ method: 'reveal', args: ['leader', 'Kim Park'] });
  });

  it('explains a page that is not news and analyses it on request', async () => {
    const connector = show({
      status: status({ isNews: false, signals: ['how-to title'], leaders: 0, claims: 0 }),
      items: [],
      forced: false,
    });
    await screen.findByText(/does not look like a news article/);
    expect(screen.getByText('Why: how-to title')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse it anyway' }));
    expect(connector.calls).toContainEqual({ method: 'analyzeAnyway', args: [] });
  });

  it('says why news in another language is not highlighted', async () => {
    show({
      status: status({ readable: false, language: 'fr', leaders: 0, claims: 0 }),
      items: [],
      forced: false,
    });
    await screen.findByText(/language Newslens cannot read yet \(fr\)/);
  });

  it('says when it cannot read the page at all', async () => {
    show(null);
    await screen.findByText(/cannot read this page/);
  });

  it('follows the page as it changes', async () => {
    const connector = show({ status: status({ leaders: 0, claims: 0 }), items: [], forced: false });
    await screen.findByText('News article: 0 leaders and 0 numeric claims highlighted.');
    connector.setPage({ status: status(), items, forced: false });
    await screen.findByText('News article: 3 leaders and 2 numeric claims highlighted.');
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
