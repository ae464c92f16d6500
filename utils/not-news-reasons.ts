import type { Feature } from '@/dom/detect-features';
import type { MessageKey } from './i18n';

// The reasons' messages, each named once.
const RECIPE: MessageKey = 'reasonRecipe';
const NO_TEXT: MessageKey = 'reasonNoText';
const LIST: MessageKey = 'reasonList';
const HOW_TO: MessageKey = 'reasonHowTo';
const WIKI: MessageKey = 'reasonWiki';
const CODE: MessageKey = 'reasonCode';
const PRODUCT: MessageKey = 'reasonProduct';
const MEDIA: MessageKey = 'reasonMedia';
const PERSONAL: MessageKey = 'reasonPersonal';
const BLOG: MessageKey = 'reasonBlog';
const ADDRESS: MessageKey = 'reasonAddress';

/**
 * The reasons a page is not news, most telling first. The detector's signals are names
 * (`dom/detect-features.ts`): the probe, which runs on every page, ships no words for them, and the
 * popup gives their meaning here.
 */
const ORDER: readonly MessageKey[] = [
  RECIPE,
  NO_TEXT,
  LIST,
  HOW_TO,
  WIKI,
  CODE,
  PRODUCT,
  MEDIA,
  PERSONAL,
  BLOG,
  ADDRESS,
];

/** The signals that speak against news, each with the reason it gives. The others give none. */
const AGAINST: Partial<Record<Feature, MessageKey>> = {
  noProse: NO_TEXT,
  teasers: LIST,
  listType: LIST,
  howToType: HOW_TO,
  howTo: HOW_TO,
  wiki: WIKI,
  editable: WIKI,
  code: CODE,
  personal: PERSONAL,
  we: PERSONAL,
  firstPersonHeadline: PERSONAL,
  blogType: BLOG,
  blogName: BLOG,
  blogBox: BLOG,
  notNewsPath: ADDRESS,
};

/** What an Open Graph type other than article or website says the page is ("recipe", "video.other"). */
const OG_TYPES: readonly [RegExp, MessageKey][] = [
  [/recipe/i, RECIPE],
  [/how-?to/i, HOW_TO],
  [/\bwiki/i, WIKI],
  [/\bproduct\b/i, PRODUCT],
  [/\b(?:video|image|picture|photo|gallery|audio|music|podcast)\b/i, MEDIA],
  [/\bblog\b/i, BLOG],
];

/** When nothing speaks against the page: it had too few of an article's signs. */
const TOO_FEW_SIGNS: MessageKey = 'reasonFewSigns';

/** The reasons one signal gives: its name, then what follows it ("ogOther product"). */
function reasonsOf(signal: string): MessageKey[] {
  const space = signal.indexOf(' ');
  const name = space < 0 ? signal : signal.slice(0, space);
  if (name === 'ogOther') {
    const type = signal.slice(space + 1);
    return space < 0 ? [] : OG_TYPES.filter(([pattern]) => pattern.test(type)).map(([, key]) => key);
  }
  const key = Object.hasOwn(AGAINST, name) ? AGAINST[name as Feature] : undefined;
  return key ? [key] : [];
}

/**
 * Why a page is not taken for news, in plain words for the popup: the messages for what the
 * detector's signals say against it, each once, in order of how telling it is. When nothing speaks
 * against the page, it simply had too few signs of an article.
 */
export function notNewsReasons(signals: readonly string[]): MessageKey[] {
  const found = new Set(signals.flatMap(reasonsOf));
  const reasons = ORDER.filter((key) => found.has(key));
  // A how-to with code listings is one reason, not two.
  const shown = reasons.includes(HOW_TO) ? reasons.filter((key) => key !== CODE) : reasons;
  return shown.length > 0 ? shown.slice(0, 2) : [TOO_FEW_SIGNS];
}
