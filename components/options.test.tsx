// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import en from '@/public/_locales/en/messages.json';
import { fillMessage, type Translate } from '@/utils/i18n';
import { createMockOptionsConnector, type MockOptionsConnector } from '@/utils/options-connector-mock';
import { DEFAULT_COLORS, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { I18n } from './i18n';

const t: Translate = (key, ...substitutions) => fillMessage(en[key].message, substitutions);

afterEach(cleanup);

/** The options page on a mock connector, once the settings have loaded. */
async function open(settings: Partial<Settings> = {}): Promise<MockOptionsConnector> {
  const connector = createMockOptionsConnector({ ...DEFAULT_SETTINGS, ...settings });
  render(
    <I18n.Provider value={t}>
      <App connector={connector} />
    </I18n.Provider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Newslens options' });
  return connector;
}

const lastSaved = (connector: MockOptionsConnector) => connector.saved[connector.saved.length - 1];
const group = (name: string) => screen.getByRole('group', { name });

describe('options page', () => {
  it('says it is loading until the settings come', () => {
    const connector = createMockOptionsConnector();
    connector.loadSettings = () => new Promise(() => {});
    render(
      <I18n.Provider value={t}>
        <App connector={connector} />
      </I18n.Provider>,
    );
    expect(screen.getByText('Loading your settings...')).toBeTruthy();
  });

  it('turns a kind off and on with a named switch', async () => {
    const connector = await open();
    const leaders = screen.getByRole('switch', { name: 'Leaders' });
    expect(leaders.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(leaders);
    expect(lastSaved(connector)).toEqual({ ...DEFAULT_SETTINGS, leaders: false });
    expect(screen.getByRole('switch', { name: 'Leaders' }).getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('switch', { name: 'Numeric claims' }));
    expect(lastSaved(connector)).toMatchObject({ leaders: false, claims: false });
  });

  it('disables the kinds while highlights are off everywhere', async () => {
    await open({ enabled: false });
    expect(screen.getByRole('switch', { name: 'Highlights everywhere' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    expect((screen.getByRole('switch', { name: 'Leaders' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('previews a colour while it is picked and saves it once chosen', async () => {
    const connector = await open();
    const leaders = within(group('Leaders'));
    const picker = leaders.getByLabelText('Colour') as HTMLInputElement;
    expect(picker.type).toBe('color');
    expect(picker.value).toBe(DEFAULT_COLORS.leader);
    expect(picker.getAttribute('aria-describedby')).toBeTruthy();
    expect(leaders.getByText(`Solid underline in ${DEFAULT_COLORS.leader}`)).toBeTruthy();

    fireEvent.input(picker, { target: { value: '#112233' } });
    expect(leaders.getByText('Solid underline in #112233')).toBeTruthy();
    expect(connector.saved).toEqual([]);

    fireEvent.change(picker, { target: { value: '#112233' } });
    expect(lastSaved(connector).colors).toEqual({ ...DEFAULT_COLORS, leader: '#112233' });
    expect((leaders.getByLabelText('Hex code') as HTMLInputElement).value).toBe('#112233');
    // The description the picker points at says what the preview shows.
    const description = document.getElementById(picker.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Solid underline in #112233');
  });

  it('takes a colour typed as a hex code, and says what is wrong with a bad one', async () => {
    const connector = await open();
    const claims = within(group('Numeric claims'));
    const hex = claims.getByLabelText('Hex code') as HTMLInputElement;

    fireEvent.input(hex, { target: { value: 'blue' } });
    fireEvent.change(hex);
    expect(hex.getAttribute('aria-invalid')).toBe('true');
    const error = claims.getByText(`Enter # and six hexadecimal digits, like ${DEFAULT_COLORS.claim}.`);
    expect(hex.getAttribute('aria-describedby')).toBe(error.id);
    expect(connector.saved).toEqual([]);

    fireEvent.input(hex, { target: { value: 'ABCDEF' } });
    fireEvent.keyDown(hex, { key: 'Enter' });
    expect(lastSaved(connector).colors).toEqual({ ...DEFAULT_COLORS, claim: '#abcdef' });
    expect(hex.getAttribute('aria-invalid')).toBe('false');
    expect((claims.getByLabelText('Colour') as HTMLInputElement).value).toBe('#abcdef');
    expect(claims.getByText('Dashed underline in #abcdef')).toBeTruthy();
  });

  it('removes one site, says so, keeps focus in the list, and can undo', async () => {
    const connector = await open({ disabledSites: ['b.example', 'a.example', 'c.example'] });
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['a.example', 'b.example', 'c.example']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove b.example' }));
    expect(lastSaved(connector).disabledSites).toEqual(['a.example', 'c.example']);
    expect(screen.getByRole('status').textContent).toBe('Highlights are back on for b.example.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove c.example' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(lastSaved(connector).disabledSites).toEqual(['b.example', 'a.example', 'c.example']);
    expect(screen.getByRole('status').textContent).toBe('Your previous settings are back.');
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('clears the whole list and moves focus to its heading', async () => {
    const connector = await open({ disabledSites: ['a.example', 'b.example'] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear the list' }));
    expect(lastSaved(connector).disabledSites).toEqual([]);
    expect(screen.getByText('No site: highlights show on news articles everywhere.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear the list' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Highlights are back on for every site.');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: 'Sites where highlights are off' }),
      ),
    );
  });

  it('resets everything to the defaults, undoably', async () => {
    const changed: Settings = {
      enabled: false,
      leaders: false,
      claims: true,
      disabledSites: ['a.example'],
      colors: { leader: '#000000', claim: '#ffffff' },
      keepAll: false,
    };
    const connector = await open(changed);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(lastSaved(connector)).toEqual(DEFAULT_SETTINGS);
    expect(screen.getByRole('switch', { name: 'Highlights everywhere' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect((within(group('Leaders')).getByLabelText('Colour') as HTMLInputElement).value).toBe(
      DEFAULT_COLORS.leader,
    );
    expect(screen.getByRole('status').textContent).toBe('Every setting is back to its default.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(lastSaved(connector)).toEqual(changed);
  });

  it('follows changes made elsewhere, and stops offering to undo over them', async () => {
    const connector = await open({ disabledSites: ['a.example', 'b.example'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    // The popup turns highlights off on another site.
    connector.changeElsewhere({ ...connector.settings, disabledSites: ['b.example', 'c.example'] });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove c.example' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Highlights are back on for a.example.');
  });

  it('labels every control and gives every section a named heading', async () => {
    await open({ disabledSites: ['a.example'] });
    for (const input of document.querySelectorAll('input'))
      expect(input.labels?.length ?? 0, input.outerHTML).toBeGreaterThan(0);
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim()).not.toBe('');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Highlights',
      'Colours',
      'Sites where highlights are off',
      'Sources',
      'Defaults',
    ]);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
