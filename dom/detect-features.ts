/**
 * The signals detection weighs, each a number from 0 to 1, with the direction its meaning gives it
 * and the stage of reading that finds it. Their weights are fitted on the labelled development
 * pages (`npm run fit:detect`, written to `dom/detect-weights.ts`) from the weights given here by
 * hand; the direction is fixed here, so a fit can make a signal count little but never turn a sign of
 * a blog into a sign of news.
 */

/** When a signal is read: the page's metadata and prose always; the rest only while it can still matter. */
export type Stage = 'meta' | 'story' | 'links' | 'writing';

interface FeatureInfo {
  /** +1: speaks for news; -1: against; 0: either, the fit decides. */
  sign: 1 | -1 | 0;
  stage: Stage;
  /**
   * The weight it had when weighed by hand: the fit starts from it and pulls a weight away from it
   * only as far as the labelled pages show, so a signal that few of them carry (a wiki, a page of
   * teasers) keeps about the weight its meaning gives it.
   */
  prior: number;
  /** Read only from a story long enough to rate its writing (about 500 characters). */
  rated: boolean;
}

const feature = (sign: 1 | -1 | 0, stage: Stage, prior: number, rated = false): FeatureInfo => ({
  sign,
  stage,
  prior,
  rated,
});

// Signals of which a page has one at most: the larger weight bounds what they add.
const EITHER: Feature[][] = [['sections', 'someSections']];

/** Every signal, by name. */
export const FEATURES = {
  // What the page says it is (structured data, Open Graph, metadata).
  newsType: feature(1, 'meta', 2.5),
  articleType: feature(0, 'meta', 0.5),
  howToType: feature(-1, 'meta', -3),
  blogType: feature(-1, 'meta', -1),
  listType: feature(-1, 'meta', -4),
  ogArticle: feature(0, 'meta', 1),
  ogOther: feature(-1, 'meta', -1),
  date: feature(1, 'meta', 1),
  byline: feature(1, 'meta', 0.5),
  newsMeta: feature(1, 'meta', 1),
  newsPublisher: feature(1, 'meta', 1),
  // Its address and host.
  newsPath: feature(1, 'meta', 1),
  datedPath: feature(1, 'meta', 1),
  idPath: feature(1, 'meta', 1),
  notNewsPath: feature(-1, 'meta', -2),
  ownNewsPath: feature(-1, 'meta', -1),
  languagePath: feature(-1, 'meta', -0.5),
  newsName: feature(1, 'meta', 1),
  blogName: feature(-1, 'meta', -3),
  institution: feature(-1, 'meta', -1.5),
  wiki: feature(-1, 'meta', -4),
  pressTitle: feature(-1, 'meta', -1),
  listTitle: feature(-1, 'meta', -1),
  // Its shape: a column of prose, and how long.
  prose: feature(1, 'meta', 2.5),
  someProse: feature(0, 'meta', 1.25),
  noProse: feature(-1, 'meta', -4),
  length: feature(0, 'meta', 0),
  // The story's box and how it is written.
  newsBox: feature(1, 'story', 1),
  blogBox: feature(-1, 'story', -1),
  dateline: feature(1, 'story', 1.5),
  agency: feature(1, 'story', 1),
  reporting: feature(1, 'story', 1.5, true),
  when: feature(1, 'story', 0.5, true),
  dates: feature(1, 'story', 0.5, true),
  quotes: feature(1, 'story', 0.5, true),
  pressRelease: feature(-1, 'story', -1),
  selfNamed: feature(-1, 'story', -1),
  // Who publishes it: an outlet's sections, an author's link.
  authorLink: feature(1, 'links', 0.5),
  sections: feature(1, 'links', 2),
  someSections: feature(1, 'links', 1),
  editable: feature(-1, 'links', -4),
  organisationLinks: feature(-1, 'links', -0.5),
  outletLinks: feature(1, 'links', 0.5),
  // What speaks against news in the writing.
  teasers: feature(-1, 'writing', -3),
  personal: feature(-1, 'writing', -3, true),
  we: feature(-1, 'writing', -1.5, true),
  firstPersonHeadline: feature(-1, 'writing', -2),
  howTo: feature(-1, 'writing', -2),
  questionHeadline: feature(-1, 'writing', -0.5),
  code: feature(-1, 'writing', -3),
} satisfies Record<string, FeatureInfo>;

export type Feature = keyof typeof FEATURES;

/** The signals' names, in the order of the table. */
export const FEATURE_NAMES = Object.keys(FEATURES) as Feature[];

const STAGES: Stage[] = ['meta', 'story', 'links', 'writing'];

/**
 * The most that the stages after `stage` can still add to a page's score with `weights`: each signal
 * is at most 1, so the sum of the positive weights read later (of two that exclude each other, the
 * larger; without a story long enough to rate, none of the rated signals).
 */
export function gainAfter(stage: Stage, weights: Partial<Record<Feature, number>>, rated: boolean): number {
  const later = new Set(STAGES.slice(STAGES.indexOf(stage) + 1));
  const counts = (name: Feature) => later.has(FEATURES[name].stage) && (rated || !FEATURES[name].rated);
  const positive = (name: Feature) => (counts(name) ? Math.max(0, weights[name] ?? 0) : 0);
  let gain = 0;
  for (const name of FEATURE_NAMES) gain += positive(name);
  for (const names of EITHER)
    gain -= names.reduce((sum, name) => sum + positive(name), 0) - Math.max(...names.map(positive));
  return gain;
}
