import type { HexColor, HighlightKind, Settings } from '@/utils/settings';
import { ColorField } from './ColorField';
import { useT } from './i18n';
import { OptionsSiteList } from './OptionsSiteList';
import { OptionsSources, type OptionsSourcesProps } from './OptionsSources';
import { OptionsStatus } from './OptionsStatus';
import { KindSwitches } from './SettingsPanel';
import { Switch } from './Switch';

/** Props for {@link OptionsPage}. */
export interface OptionsPageProps {
  settings: Settings;
  /** What the last action did, for the live region; null before any. */
  status: string | null;
  /** A switch or a colour changed. */
  onChange: (settings: Settings) => void;
  onRemoveSite: (site: string) => void;
  onClearSites: () => void;
  onReset: () => void;
  /** Takes back the last removal, clearing or reset; absent when there is nothing to undo. */
  onUndo?: () => void;
  /** The sources section; absent where there are none to show (component tests of the other sections). */
  sources?: Omit<OptionsSourcesProps, 'keepAll' | 'onKeepAll'>;
}

const KINDS: readonly HighlightKind[] = ['leader', 'claim'];

/**
 * The whole options page: highlights and kinds on or off, a colour per kind, the sites turned off, the
 * sources, defaults.
 */
export function OptionsPage({
  settings,
  status,
  onChange,
  onRemoveSite,
  onClearSites,
  onReset,
  onUndo,
  sources,
}: OptionsPageProps) {
  const t = useT();
  const setColor = (kind: HighlightKind, color: HexColor) =>
    onChange({ ...settings, colors: { ...settings.colors, [kind]: color } });
  return (
    <main class="options">
      <header class="options-header">
        <h1 class="options-header__title">{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
      </header>

      <section class="options-section" aria-labelledby="options-kinds-heading">
        <h2 id="options-kinds-heading" class="section-title">
          {t('settingsHeading')}
        </h2>
        <Switch
          label={t('switchEnabled')}
          checked={settings.enabled}
          onChange={(enabled) => onChange({ ...settings, enabled })}
        />
        <KindSwitches settings={settings} onChange={onChange} />
      </section>

      <section class="options-section" aria-labelledby="options-colors-heading">
        <h2 id="options-colors-heading" class="section-title">
          {t('optionsColorsHeading')}
        </h2>
        <p class="muted">{t('optionsColorsHint')}</p>
        <div class="color-fields">
          {KINDS.map((kind) => (
            <ColorField
              key={kind}
              kind={kind}
              value={settings.colors[kind]}
              onChange={(color) => setColor(kind, color)}
            />
          ))}
        </div>
      </section>

      <OptionsSiteList sites={settings.disabledSites} onRemove={onRemoveSite} onClear={onClearSites} />

      {sources && (
        <OptionsSources
          {...sources}
          keepAll={settings.keepAll}
          onKeepAll={(keepAll) => onChange({ ...settings, keepAll })}
        />
      )}

      <section class="options-section" aria-labelledby="options-reset-heading">
        <h2 id="options-reset-heading" class="section-title">
          {t('optionsResetHeading')}
        </h2>
        <p class="muted">{t('optionsResetHint')}</p>
        <button type="button" class="button button--secondary" onClick={onReset}>
          {t('optionsReset')}
        </button>
      </section>

      <OptionsStatus message={status} onUndo={onUndo} />
    </main>
  );
}
