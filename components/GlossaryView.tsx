import { useState } from 'preact/hooks';
import type { Glossary, GlossarySource, Quote } from '@/analysis/glossary';
import { useT } from './i18n';
import { SourceCite } from './SourceCite';

/** Props for {@link GlossaryView}. */
export interface GlossaryViewProps {
  glossary: Glossary;
}

const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every entry of the bundled glossary, searchable by name, role or figure. */
export function GlossaryView({ glossary }: GlossaryViewProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const needle = folded(query.trim());
  const matches = (...texts: string[]) =>
    needle === '' || texts.some((text) => folded(text).includes(needle));
  const sources = new Map(glossary.sources.map((source) => [source.id, source]));
  const source = (id: string): GlossarySource => sources.get(id) ?? { id, label: id };
  const leaders = glossary.leaders.filter((leader) =>
    matches(leader.name, ...leader.aliases, ...leader.roles.map((r) => r.role)),
  );
  const claims = glossary.claims.filter((claim) =>
    matches(claim.counts, claim.unit, String(claim.value), ...claim.mentions.map((m) => m.text)),
  );
  const entities = glossary.entities.filter((entity) => matches(entity.name, ...entity.aliases));
  const quote = (q: Quote) => (
    <blockquote key={q.sentence} class="quote">
      {q.sentence} <SourceCite source={source(q.source)} />
    </blockquote>
  );
  const empty = leaders.length + claims.length + entities.length === 0;
  return (
    <div class="glossary">
      <label class="search">
        <span class="search__label">{t('searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      {empty && <p class="empty">{t('glossaryNoMatch', query)}</p>}
      {leaders.length > 0 && (
        <section aria-labelledby="glossary-leaders">
          <h2 id="glossary-leaders" class="section-title">
            {t('glossaryLeaders')}
          </h2>
          <ul class="items">
            {leaders.map((leader) => (
              <li key={leader.name} class="item">
                <p class="item__name">{leader.name}</p>
                <ul class="roles">
                  {leader.roles.map(({ role, source: id }) => (
                    <li key={`${id}:${role}`}>{t('roleInSource', role, source(id).label)}</li>
                  ))}
                </ul>
                {leader.quotes.slice(0, 2).map(quote)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {claims.length > 0 && (
        <section aria-labelledby="glossary-claims">
          <h2 id="glossary-claims" class="section-title">
            {t('glossaryClaims')}
          </h2>
          <ul class="items">
            {claims.map((claim) => (
              <li key={claim.key} class="item">
                <p class="item__name">
                  {claim.mentions[0].text}
                  {claim.counts && <span class="item__role">{t('counts', claim.counts)}</span>}
                </p>
                {claim.mentions.length > 1 && (
                  <p class="muted">
                    {t(
                      'alsoKnownAs',
                      [...new Set(claim.mentions.map((m) => `${m.text} (${source(m.source).label})`))].join(
                        '; ',
                      ),
                    )}
                  </p>
                )}
                {quote(claim.mentions[0])}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entities.length > 0 && (
        <section aria-labelledby="glossary-entities">
          <h2 id="glossary-entities" class="section-title">
            {t('glossaryEntities')}
          </h2>
          <ul class="items">
            {entities.map((entity) => (
              <li key={entity.name} class="item">
                <p class="item__name">
                  {entity.name}
                  <span class="item__role">{t(entity.kind === 'place' ? 'place' : 'organisation')}</span>
                </p>
                {entity.expansion && <p class="muted">{entity.expansion}</p>}
                {entity.quotes.slice(0, 1).map(quote)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
