import { useRef, useState } from 'preact/hooks';
import type { SourcesList } from '@/utils/messages';
import type { KeptSummary } from '@/utils/source-library';
import { useT } from './i18n';
import { plural } from '@/utils/i18n';
import { citation, readableDate } from './SourceCite';
import { Switch } from './Switch';

/** Props for {@link OptionsSources}. */
export interface OptionsSourcesProps {
  /** The sources; null while loading. */
  sources: SourcesList | null;
  /** The "keep every English news article" setting. */
  keepAll: boolean;
  onKeepAll: (on: boolean) => void;
  onRemove: (source: KeptSummary) => void;
  /** Removes every kept source, or only those the setting kept. */
  onClear: (autoOnly: boolean) => void;
  onExport: () => void;
  /** A pack file the reader chose. */
  onImport: (file: File) => void;
}

/** Bytes as the reader reads them: "12 KB", "3.4 MB". */
export function readableSize(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

const matches = (source: KeptSummary, query: string) =>
  [source.label, source.headline, source.outlet, source.url, source.date]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .includes(query.toLowerCase());

/**
 * The sources on the options page: the bundled ones (read-only), the kept ones newest first with a
 * search, a remove button each and one to remove them all, the storage they use, the setting that keeps
 * every article (and, when it is turned off, the offer to delete what it kept), and export and import.
 */
export function OptionsSources({
  sources,
  keepAll,
  onKeepAll,
  onRemove,
  onClear,
  onExport,
  onImport,
}: OptionsSourcesProps) {
  const t = useT();
  const locale = t('uiLanguage');
  const [query, setQuery] = useState('');
  const [askDelete, setAskDelete] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const kept = sources?.kept ?? [];
  const shown = query.trim() ? kept.filter((source) => matches(source, query.trim())) : kept;
  const autoKept = kept.filter((source) => source.auto).length;

  return (
    <section class="options-section sources" aria-labelledby="options-sources-heading">
      <h2 id="options-sources-heading" class="section-title" tabIndex={-1} ref={heading}>
        {t('optionsSourcesHeading')}
      </h2>
      <p class="muted">{t('optionsSourcesIntro')}</p>

      <Switch
        label={t('optionsKeepAllLabel')}
        checked={keepAll}
        onChange={(on) => {
          onKeepAll(on);
          setAskDelete(!on && autoKept > 0);
        }}
      />
      <p class="muted" id="keep-all-hint">
        {t('optionsKeepAllHint')}
      </p>
      {askDelete && (
        <div class="sources__ask" role="group" aria-labelledby="keep-all-ask">
          <p id="keep-all-ask">{t('optionsKeepAllOffAsk', plural(t, 'articles', autoKept))}</p>
          <button
            type="button"
            class="button button--small"
            onClick={() => {
              setAskDelete(false);
              onClear(true);
            }}
          >
            {t('optionsDeleteAuto')}
          </button>{' '}
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => setAskDelete(false)}
          >
            {t('optionsKeepAuto')}
          </button>
        </div>
      )}

      <h3 class="sources__subheading">{t('optionsBundledHeading')}</h3>
      {(sources?.bundled.length ?? 0) > 0 && (
        <ul class="source-list source-list--bundled">
          {sources?.bundled.map((source) => (
            <li key={source.id} class="source-list__item">
              <span class="source-list__name">{citation(source, locale)}</span>
            </li>
          ))}
        </ul>
      )}

      <h3 class="sources__subheading">{t('optionsKeptHeading')}</h3>
      {sources && (
        <p class="muted sources__usage">
          {t('optionsStorageUsed', readableSize(sources.bytes, locale), plural(t, 'articles', kept.length))}
        </p>
      )}
      {kept.length === 0 ? (
        <p class="empty">{t('optionsKeptEmpty')}</p>
      ) : (
        <>
          <label class="search">
            <span class="search__label">{t('optionsSourcesSearch')}</span>
            <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          </label>
          {shown.length === 0 && <p class="empty">{t('optionsSourcesNoMatch')}</p>}
          <ul class="source-list source-list--kept">
            {shown.map((source) => {
              const name = citation({ id: source.id, label: source.label, date: source.date }, locale);
              const when = readableDate(source.keptAt.slice(0, 10), locale);
              return (
                <li key={source.id} class="source-list__item">
                  <span class="source-list__text">
                    <span class="source-list__name">{name}</span>
                    {source.headline && source.headline !== source.label && (
                      <span class="source-list__headline">{source.headline}</span>
                    )}
                    <span class="muted source-list__kept">
                      {t(source.auto ? 'optionsKeptAuto' : 'optionsKeptOn', when)}
                    </span>
                  </span>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t('optionsRemoveSource', name)}
                    onClick={() => {
                      heading.current?.focus();
                      onRemove(source);
                    }}
                  >
                    {t('optionsRemove')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              heading.current?.focus();
              onClear(false);
            }}
          >
            {t('optionsRemoveAllSources')}
          </button>
        </>
      )}

      <h3 class="sources__subheading">{t('optionsPackHeading')}</h3>
      <p class="muted">{t('optionsPackHint')}</p>
      <div class="sources__packs">
        <button
          type="button"
          class="button button--secondary"
          onClick={onExport}
          disabled={kept.length === 0}
        >
          {t('optionsExport')}
        </button>
        <label class="sources__import">
          <span class="search__label">{t('optionsImport')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
    </section>
  );
}
