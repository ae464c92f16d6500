import type { Settings } from '@/utils/settings';
import { useT } from './i18n';
import { Switch } from './Switch';

/** Props for {@link SettingsPanel}. */
export interface SettingsPanelProps {
  settings: Settings;
  /** The page's host name, for the per-site switch; absent when the popup has no page to speak of. */
  host?: string;
  onChange: (settings: Settings) => void;
}

/** The switches: highlights everywhere, on this site, and each kind. */
export function SettingsPanel({ settings, host, onChange }: SettingsPanelProps) {
  const t = useT();
  const siteOn = host ? !settings.disabledSites.includes(host) : true;
  const setSite = (on: boolean) => {
    if (!host) return;
    const others = settings.disabledSites.filter((site) => site !== host);
    onChange({ ...settings, disabledSites: on ? others : [...others, host] });
  };
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" class="section-title">
        {t('settingsHeading')}
      </h2>
      <Switch
        label={t('switchEnabled')}
        checked={settings.enabled}
        onChange={(enabled) => onChange({ ...settings, enabled })}
      />
      {host && (
        <Switch
          label={t('switchSite', host)}
          checked={siteOn}
          disabled={!settings.enabled}
          onChange={setSite}
        />
      )}
      <KindSwitches settings={settings} onChange={onChange} />
    </section>
  );
}

/** One switch per kind of highlight, off while highlights are off everywhere: the popup's and the options page's. */
export function KindSwitches({ settings, onChange }: Pick<SettingsPanelProps, 'settings' | 'onChange'>) {
  const t = useT();
  return (
    <>
      <Switch
        label={t('switchLeaders')}
        checked={settings.leaders}
        disabled={!settings.enabled}
        onChange={(leaders) => onChange({ ...settings, leaders })}
      />
      <Switch
        label={t('switchClaims')}
        checked={settings.claims}
        disabled={!settings.enabled}
        onChange={(claims) => onChange({ ...settings, claims })}
      />
    </>
  );
}
