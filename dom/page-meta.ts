import type { PageMeta } from '@/utils/source-library';
import { readPageData } from './page-data';

/** The meta tags read here, by their lower-cased key; detection's `readPageData` collects them all. */
export const PAGE_META_KEYS = [
  'og:title',
  'og:site_name',
  'application-name',
  'article:published_time',
  'datepublished',
  'author',
] as const;

/**
 * What a news page states about itself, for keeping it as a source: headline, outlet, publication date,
 * byline and language, from its structured data (JSON-LD), then Open Graph and article meta tags, then
 * the page's own headline, `<time>` and `lang`. Read once, when the page is kept; detection
 * (`dom/detect-article.ts`) decides whether it is news and reads none of this but the meta tags, which
 * come from the same walk of the page (`readPageData`) rather than a selector per tag.
 */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const article = structuredArticle(doc);
  const { metas } = readPageData(doc);
  const meta = (key: (typeof PAGE_META_KEYS)[number]) => metas.get(key);
  const headline =
    text(article?.headline) ?? meta('og:title') ?? doc.querySelector('h1')?.textContent?.trim();
  const outlet = nameOf(article?.publisher) ?? meta('og:site_name') ?? meta('application-name');
  const date =
    text(article?.datePublished) ??
    meta('article:published_time') ??
    meta('datepublished') ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const authors = [article?.author]
    .flat()
    .map(nameOf)
    .filter((name): name is string => !!name);
  const byline = authors.length > 0 ? authors : (meta('author')?.split(/\s*(?:,|\band\b)\s*/) ?? []);
  const language = (text(article?.inLanguage) ?? doc.documentElement.lang ?? '').trim().toLowerCase();
  return {
    url,
    ...(headline ? { headline: headline.replace(/\s+/g, ' ') } : {}),
    ...(outlet ? { outlet } : {}),
    ...(date ? { date } : {}),
    ...(byline.filter(Boolean).length > 0 ? { byline: byline.filter(Boolean) } : {}),
    ...(language ? { language } : {}),
  };
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** A person's or an organisation's name: a string, or an object's `name`. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  return value && typeof value === 'object' ? text((value as Json).name) : undefined;
}

/** The page's article in its JSON-LD: the first object whose type names an article or a report. */
function structuredArticle(doc: Document): Json | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(value: unknown, depth: number): Json | undefined {
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const object = value as Json;
  const types = [object['@type']].flat().map(String);
  if (types.some((type) => /Article$|^Report$|^LiveBlogPosting$/.test(type))) return object;
  return findArticle(object['@graph'], depth + 1);
}
