import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackProblem } from '@/analysis/source-pack';
import { MAX_PACK_BYTES, MAX_PACK_SOURCES, PACK_VERSION } from '@/analysis/source-pack';
import { useT } from '@/components/i18n';
import { readableSize } from '@/components/OptionsSources';
import { OptionsPage } from '@/components/OptionsPage';
import { plural, type Translate } from '@/utils/i18n';
import { errorText, type SourcesList } from '@/utils/messages';
import type { OptionsConnector } from '@/utils/options-connector';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/utils/settings';

/** Props for {@link App}. */
export interface AppProps {
  connector: OptionsConnector;
}

/** The last action the reader can take back, and what the live region says about it. */
interface Status {
  message: string;
  /** The settings before the action; absent once undone. */
  before?: Settings;
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The options page's one container: it reads and writes the settings item through the connector, follows
 * changes made elsewhere (the popup, the keyboard command), and keeps the last removal, clearing or reset
 * undoable until anything else changes.
 */
export function App({ connector }: AppProps) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  // What this page saved last, to tell its own changes from changes made elsewhere.
  const lastSaved = useRef<Settings | null>(null);
  const [sources, setSources] = useState<SourcesList | null>(null);
  const reloadSources = () =>
    connector
      .loadSources()
      .then(setSources, (error: unknown) =>
        setStatus({ message: t('optionsSourcesFailed', errorText(error)) }),
      );

  useEffect(() => {
    let live = true;
    void connector.loadSettings().then((value) => live && setSettings(value));
    void connector.loadSources().then(
      (list) => live && setSources(list),
      () => undefined,
    );
    const off = connector.onSettingsChange((next) => {
      setSettings(next);
      // Undo would also take back a change made elsewhere: offer it only while nothing else changed.
      if (!lastSaved.current || !same(next, lastSaved.current))
        setStatus((current) => current && { message: current.message });
    });
    return () => {
      live = false;
      off();
    };
  }, [connector]);

  if (!settings) {
    return (
      <main class="options">
        <p class="empty">{t('optionsLoading')}</p>
      </main>
    );
  }

  const save = (next: Settings, status: Status | null) => {
    const value = normalizeSettings(next);
    lastSaved.current = value;
    setSettings(value);
    setStatus(status);
    connector.saveSettings(value).catch(() => {
      // Storage refused the write: show what is really stored.
      void connector.loadSettings().then(setSettings);
    });
  };
  const undoable = (next: Settings, message: string) => save(next, { message, before: settings });
  const before = status?.before;
  /** Runs a change of the sources, then shows the list as it is now and says what happened. */
  const sourcesAction = (action: () => Promise<string>) =>
    void action()
      .then(
        (message) => setStatus({ message }),
        (error: unknown) => setStatus({ message: t('optionsSourcesFailed', errorText(error)) }),
      )
      .then(reloadSources);

  return (
    <OptionsPage
      settings={settings}
      status={status?.message ?? null}
      onChange={(next) => save(next, null)}
      onRemoveSite={(site) =>
        undoable(
          { ...settings, disabledSites: settings.disabledSites.filter((other) => other !== site) },
          t('optionsSiteRemoved', site),
        )
      }
      onClearSites={() => undoable({ ...settings, disabledSites: [] }, t('optionsSitesCleared'))}
      onReset={() => undoable(DEFAULT_SETTINGS, t('optionsResetDone'))}
      onUndo={before && (() => save(before, { message: t('optionsUndone') }))}
      sources={{
        sources,
        onRemove: (source) =>
          sourcesAction(async () => {
            await connector.removeSources([source.id]);
            return t('optionsSourceRemoved', source.label);
          }),
        onClear: (autoOnly) =>
          sourcesAction(async () =>
            t('optionsSourcesCleared', plural(t, 'articles', await connector.clearSources(autoOnly))),
          ),
        onExport: () =>
          sourcesAction(async () => {
            // The count comes with the pack: a large pack is not parsed again here only to count it.
            const { pack, articles } = await connector.exportSources();
            download(pack, `newslens-sources-${new Date().toISOString().slice(0, 10)}.json`);
            return t('optionsExported', plural(t, 'articles', articles));
          }),
        onImport: (file) =>
          sourcesAction(async () => {
            // Too large is said before the file is read at all.
            if (file.size > MAX_PACK_BYTES) return packMessage(t, { code: 'too-large', bytes: file.size });
            const result = await connector.importSources(await file.text(), file.size);
            return result.ok
              ? t(
                  'optionsImported',
                  plural(t, 'articles', result.added),
                  plural(t, 'articles', result.duplicates),
                )
              : packMessage(t, result.problem);
          }),
      }}
    />
  );
}

/** What was wrong with a pack file, in the reader's words. */
export function packMessage(t: Translate, problem: PackProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('packTooLarge', readableSize(problem.bytes), readableSize(MAX_PACK_BYTES));
    case 'not-json':
      return t('packNotJson');
    case 'not-a-pack':
      return t('packNotPack');
    case 'newer-version':
      return t('packNewer', problem.version, PACK_VERSION);
    case 'no-sources':
      return t('packEmpty');
    case 'too-many':
      return t('packTooMany', problem.count, MAX_PACK_SOURCES);
    case 'bad-field':
      return t('packBadField', problem.field, problem.reason);
  }
}

/** Saves text as a file through the browser's downloads, from the page itself. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
