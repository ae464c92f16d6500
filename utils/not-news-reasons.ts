import type { MessageKey } from './i18n';

/**
 * What in the detector's signals says a page is something other than news, most telling first. The
 * signals are the detector's debugging words ("og:type product", "12 teasers", "no main column of
 * prose"); these patterns read their meaning, not their exact wording, so a reworded signal still maps.
 */
const REASONS: readonly [RegExp, MessageKey][] = [
  [/recipe/i, 'reasonRecipe'],
  [/\bno main column\b|\bno (?:article )?text\b|\bno prose\b/i, 'reasonNoText'],
  [/teaser|not one story|\blist of (?:links|stories)\b|\bindex page\b/i, 'reasonList'],
  [/how-to|howto/i, 'reasonHowTo'],
  [/\bwiki/i, 'reasonWiki'],
  [/code listing/i, 'reasonCode'],
  [/\bproduct\b/i, 'reasonProduct'],
  [/\b(?:video|image|picture|photo|gallery|audio|music|podcast)\b/i, 'reasonMedia'],
  [/first[- ]person|second person|written as "we"/i, 'reasonPersonal'],
  [/\bblog\b/i, 'reasonBlog'],
  [/not-news address|not a news address/i, 'reasonAddress'],
];

/** When nothing speaks against the page: it had too few of an article's signs. */
const TOO_FEW_SIGNS: MessageKey = 'reasonFewSigns';

/** Signals that tell of an article, not against one: they never give a reason by themselves. */
const FOR_NEWS =
  /structured data: (?:news)?article|og:type article|publication date|byline|(?<![\w-])news (?:address|metadata|outlet|sections)|dateline|attributed reporting|prose paragraphs/i;

/**
 * Why a page is not taken for news, in plain words for the popup: the messages for what the
 * detector's signals say against it, each once, in order of how telling it is. When nothing speaks
 * against the page, it simply had too few signs of an article.
 */
export function notNewsReasons(signals: readonly string[]): MessageKey[] {
  const against = signals.filter((signal) => !FOR_NEWS.test(signal) || /blog|how-to/i.test(signal));
  const reasons = REASONS.filter(([pattern]) => against.some((signal) => pattern.test(signal))).map(
    ([, key]) => key,
  );
  // A how-to with code listings is one reason, not two.
  const shown = reasons.includes('reasonHowTo') ? reasons.filter((key) => key !== 'reasonCode') : reasons;
  return shown.length > 0 ? shown.slice(0, 2) : [TOO_FEW_SIGNS];
}
