// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { createMockOptionsConnector } from '@/utils/options-connector-mock';
import type { KeptSummary } from '@/utils/source-library';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import en from '@/public/_locales/en/messages.json';
import { fillMessage, type Translate } from '@/utils/i18n';
import { I18n } from './i18n';

const t: Translate = (key, ...substitutions) => fillMessage(en[key].message, substitutions);

afterEach(cleanup);

const kept = (id: string, label: string, keptAt: string, auto = false): KeptSummary => ({
  id,
  label,
  url: `https://${id}.example/story`,
  keptAt,
  auto,
  bytes: 2048,
});

async function open(keepAll = false) {
  const connector = createMockOptionsConnector({ ...DEFAULT_SETTINGS, keepAll });
  connector.sources = {
    bundled: [{ id: 'b', label: 'The Canadian Press', kind: 'bundled' }],
    kept: [
      kept('new', 'The Wire', '2024-05-03T10:00:00Z', true),
      kept('old', 'Daily Post', '2024-05-01T10:00:00Z'),
    ],
    bytes: 4096,
    thisPage: null,
  };
  render(
    <I18n.Provider value={t}>
      <App connector={connector} />
    </I18n.Provider>,
  );
  await screen.findByText('The Wire');
  return connector;
}

describe('options page: sources', () => {
  it('lists the bundled sources read-only and the kept ones newest first, with the storage they use', async () => {
    await open();
    const section = screen.getByRole('region', { name: 'Sources' });
    expect(within(section).getByText('The Canadian Press')).toBeTruthy();
    const names = [...section.querySelectorAll('.source-list--kept .source-list__name')].map(
      (n) => n.textContent,
    );
    expect(names).toEqual(['The Wire', 'Daily Post']);
    expect(within(section).getByText('Storage used: 4 kB for 2 articles.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Remove The Canadian Press' })).toBeNull();
  });

  it('searches, removes one, and removes all', async () => {
    const connector = await open();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the kept articles' }), {
      target: { value: 'post' },
    });
    expect(screen.queryByText('The Wire')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Daily Post' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Removed Daily Post from the sources.'),
    );
    expect(connector.sourceCalls[0]).toEqual({ method: 'removeSources', args: [['old']] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove all kept articles' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Removed 1 article.'));
  });

  it('turns the setting on and, turning it off, offers to delete what it kept', async () => {
    const connector = await open(false);
    const setting = screen.getByRole('switch', { name: 'Keep every English news article I read' });
    expect(setting.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText(/Nothing leaves the browser/)).toBeTruthy();
    fireEvent.click(setting);
    expect(connector.saved.at(-1)?.keepAll).toBe(true);
    fireEvent.click(setting);
    expect(connector.saved.at(-1)?.keepAll).toBe(false);
    const ask = screen.getByRole('group', { name: /Delete the 1 article that the setting kept/ });
    fireEvent.click(within(ask).getByRole('button', { name: 'Delete them' }));
    await waitFor(() =>
      expect(connector.sourceCalls.at(-1)).toEqual({ method: 'clearSources', args: [true] }),
    );
  });

  it('says what was wrong with a pack file', async () => {
    await open();
    const input = screen.getByLabelText('Import a source pack') as HTMLInputElement;
    const file = new File(['{"hello": 1}'], 'pack.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'This file is not a Newslens source pack. Nothing was imported.',
      ),
    );
  });
});
