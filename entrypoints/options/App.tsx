import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { OptionsPage } from '@/components/OptionsPage';
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

  useEffect(() => {
    let live = true;
    void connector.loadSettings().then((value) => live && setSettings(value));
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
    />
  );
}
