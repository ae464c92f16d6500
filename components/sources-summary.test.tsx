// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimItem } from '@/analysis/page-items';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { fillMessage, type Translate } from '@/utils/i18n';
import type { SourcesList } from '@/utils/messages';
import { I18n } from './i18n';
import { SourcesSummary } from './SourcesSummary';

afterEach(cleanup);

const translate =
  (messages: Record<string, { message: string }>): Translate =>
  (key, ...substitutions) =>
    fillMessage(messages[key].message, substitutions);

const wire = { id: 'k1', label: 'The Wire', date: '2024-05-01', kind: 'kept' as const };
const list = (kept: number): SourcesList => ({
  bundled: [
    { id: 'a', label: 'The Canadian Press' },
    { id: 'b', label: '“Putin wins support”', date: '2022-07-20' },
  ],
  kept: Array.from({ length: kept }, (_, i) => ({
    id: `k${i}`,
    label: `Outlet ${i}`,
    keptAt: '2024-05-02T00:00:00Z',
    auto: false,
    bytes: 100,
  })),
  bytes: 100 * kept,
  thisPage: null,
});
const figure = (agreeing: boolean): ClaimItem => ({
  kind: 'claim',
  key: '40000 household',
  text: '40,000 households',
  counts: 'households',
  mentions: 1,
  sentence: 'About 40,000 households lost power.',
  status: agreeing ? 'corroborated' : 'unmentioned',
  agreeing: agreeing ? [{ text: '40,000 households', sentence: 'They lost power.', source: wire }] : [],
  differing: [],
});

function show(t: Translate, sources: SourcesList, agreeing: boolean, onKeep = () => {}) {
  render(
    <I18n.Provider value={t}>
      <SourcesSummary sources={sources} items={[figure(agreeing)]} canKeep onKeep={onKeep} />
    </I18n.Provider>,
  );
  return screen.getByRole('region', { name: /sources/i }).textContent ?? '';
}

describe('SourcesSummary', () => {
  it('says once what the sources cover, with plurals, and which of them is about this story', () => {
    const text = show(translate(en), list(1), true);
    expect(text).toContain('The sources: 2 bundled reports and 1 kept article.');
    expect(text).toContain('1 of them is about this page’s story: The Wire, May 1, 2024.');
  });

  it('says when none of them is, in French too, where 0 and 1 are singular', () => {
    const text = show(translate(fr), list(0), false);
    expect(text).toContain('Les sources : 2 reportages fournis et 0 article conservé.');
    expect(text).toContain('Aucune ne parle de l’histoire de cette page.');
  });

  it('offers to keep the page, and says it was kept instead once it is', () => {
    const onKeep = vi.fn();
    show(translate(en), list(14), false, onKeep);
    fireEvent.click(screen.getByRole('button', { name: 'Keep as a source' }));
    expect(onKeep).toHaveBeenCalledTimes(1);
    cleanup();
    const kept = { ...list(1), thisPage: list(1).kept[0] };
    expect(show(translate(en), kept, false)).toContain('Kept as a source on May 2, 2024.');
    expect(screen.queryByRole('button', { name: 'Keep as a source' })).toBeNull();
  });
});
