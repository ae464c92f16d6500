import { useEffect, useState } from 'preact/hooks';
import type { Glossary } from '@/analysis/glossary';
import type { ClaimItem, LeaderItem } from '@/analysis/page-items';
import { ClaimList } from '@/components/ClaimList';
import { EmptyState } from '@/components/EmptyState';
import { GlossaryView } from '@/components/GlossaryView';
import { useT } from '@/components/i18n';
import { LeaderList } from '@/components/LeaderList';
import { PageSummary } from '@/components/PageSummary';
import { SettingsPanel } from '@/components/SettingsPanel';
import { SourcesSummary } from '@/components/SourcesSummary';
import { ViewTabs, type PopupView } from '@/components/ViewTabs';
import type { PopupConnector } from '@/utils/connector';
import { errorText, type PageReport, type SourcesList } from '@/utils/messages';
import { highlightsOn, type Settings } from '@/utils/settings';

/** Props for {@link App}. */
export interface AppProps {
  connector: PopupConnector;
  glossary: Glossary;
}

/**
 * The popup's one container: it talks to the extension through the connector (settings, the tab's
 * page report) and hands plain props to the display components.
 */
export function App({ connector, glossary: bundled }: AppProps) {
  const t = useT();
  const [view, setView] = useState<PopupView>('page');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageReport | null | undefined>(undefined);
  const [sources, setSources] = useState<SourcesList | null>(null);
  // The bundled glossary at once; with the kept sources when the background has answered.
  const [glossary, setGlossary] = useState<Glossary>(bundled);
  const [keeping, setKeeping] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });

  useEffect(() => {
    let live = true;
    // The merged glossary changes only when the sources do: asked for again only then, not on every page status.
    let keptIds: string | undefined;
    const reload = () => {
      void connector.loadSources().then((list) => {
        if (!live) return;
        setSources(list);
        const ids = list?.kept.map((source) => source.id).join('\n') ?? '';
        if (ids === keptIds) return;
        keptIds = ids;
        void connector.loadGlossary().then((all) => live && all && setGlossary(all));
      });
      return connector.loadPage().then((report) => {
        if (live) setPage(report);
      });
    };
    void reload();
    void connector.loadSettings().then((value) => live && setSettings(value));
    const offPage = connector.onPageChange(() => void reload());
    const offSettings = connector.onSettingsChange(setSettings);
    return () => {
      live = false;
      offPage();
      offSettings();
    };
  }, [connector]);

  const status = page?.status ?? null;
  const host = status ? hostOf(status.url) : undefined;
  const on = settings && host !== undefined ? highlightsOn(settings, host) : false;
  const leaders = (page?.items ?? []).filter((item): item is LeaderItem => item.kind === 'leader');
  const claims = (page?.items ?? []).filter((item): item is ClaimItem => item.kind === 'claim');
  const analysed = Boolean(status && ((status.isNews && status.readable) || page?.forced));
  const counts = {
    leaders: leaders.length,
    mentions: leaders.reduce((sum, leader) => sum + leader.mentions, 0),
    claims: claims.length,
  };
  const keep = () => {
    setKeeping({ busy: true, error: null });
    connector
      .keepPage()
      .then(
        () => setKeeping({ busy: false, error: null }),
        (error: unknown) => setKeeping({ busy: false, error: errorText(error) }),
      )
      .then(() => connector.loadSources())
      .then(setSources, () => undefined);
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-header__title">{t('extName')}</h1>
        <p class="popup-header__tagline">{t('tagline')}</p>
      </header>
      <ViewTabs view={view} onChange={setView} />
      {view === 'page' ? (
        <div id="panel-page" role="tabpanel" aria-labelledby="tab-page" class="panel">
          {page === undefined ? (
            <p class="empty">{t('loading')}</p>
          ) : !status ? (
            <EmptyState reason="unavailable" />
          ) : (
            <>
              {(status.isNews || page?.forced) && (
                <PageSummary status={status} counts={counts} on={on} forced={!!page?.forced} />
              )}
              {analysed && (
                <SourcesSummary
                  sources={sources}
                  items={page?.items ?? []}
                  canKeep={status.isNews && status.readable && (page?.items.length ?? 0) > 0}
                  busy={keeping.busy}
                  keepError={keeping.error}
                  onKeep={keep}
                />
              )}
              {!analysed && (
                <EmptyState
                  reason={status.isNews ? 'unread' : 'not-news'}
                  signals={status.signals}
                  onAnalyzeAnyway={() => void connector.analyzeAnyway()}
                />
              )}
              {settings && (
                <SettingsPanel
                  settings={settings}
                  host={host}
                  onChange={(next) => void connector.saveSettings(next)}
                />
              )}
              {analysed && on && leaders.length + claims.length === 0 && <EmptyState reason="nothing" />}
              {leaders.length > 0 && (
                <LeaderList
                  leaders={leaders}
                  onReveal={(item) => void connector.reveal('leader', item.key)}
                />
              )}
              {claims.length > 0 && (
                <ClaimList claims={claims} onReveal={(item) => void connector.reveal('claim', item.key)} />
              )}
            </>
          )}
        </div>
      ) : (
        <div id="panel-glossary" role="tabpanel" aria-labelledby="tab-glossary" class="panel">
          <GlossaryView glossary={glossary} />
        </div>
      )}
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={() => void connector.openOptions()}>
          {t('openOptions')}
        </button>
        {connector.openInTab && (
          <button type="button" class="link-button" onClick={() => void connector.openInTab?.()}>
            {t('openInTab')}
          </button>
        )}
      </footer>
    </main>
  );
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
