// Written by `npm run fit:detect` (scripts/fit-detect.ts) from the labels of the pages tuned on: do not edit by hand.
// 5-fold cross-validated: development part F1 0.787 (P 0.736, R 0.846), English news recall 0.939 (46/49); Readability pages F1 0.970 (P 0.941, R 1.000), English news recall 1.000 (36/36).
import type { Feature } from './detect-features';

/** The score of a page without any signal; a page is news when its score reaches THRESHOLD. */
export const BIAS = -3.721;
export const THRESHOLD = -0.5;
/** What each signal (0 to 1) adds to the score. */
export const WEIGHTS: Partial<Record<Feature, number>> = {
  newsType: 2.283,
  articleType: 0.396,
  howToType: -3.005,
  blogType: -1.008,
  listType: -3.958,
  ogArticle: 0.778,
  ogOther: -0.962,
  date: 0.571,
  byline: 0.263,
  newsMeta: 0.532,
  newsPublisher: 0.905,
  newsPath: 0.851,
  datedPath: 0.762,
  idPath: 0.817,
  notNewsPath: -2.015,
  ownNewsPath: -1.079,
  languagePath: -0.55,
  newsName: 0.973,
  blogName: -3.036,
  institution: -1.455,
  wiki: -4.001,
  pressTitle: -1.01,
  listTitle: -1.025,
  prose: 2.038,
  someProse: 1.258,
  noProse: -3.546,
  length: -0.17,
  newsBox: 0.719,
  blogBox: -0.963,
  dateline: 1.536,
  agency: 1.008,
  reporting: 1.52,
  when: 0.505,
  dates: 0.308,
  quotes: 0.391,
  pressRelease: -1,
  selfNamed: -1.065,
  authorLink: 0.607,
  sections: 2.093,
  someSections: 1.092,
  editable: -4,
  organisationLinks: -0.777,
  outletLinks: 0.681,
  teasers: -3.001,
  personal: -2.982,
  we: -1.488,
  firstPersonHeadline: -2.003,
  howTo: -2.031,
  questionHeadline: -0.518,
  code: -3.005,
};
/**
 * The most the signals read after the metadata can add, each at most its positive weight (a story too
 * short to rate its writing takes the rated ones off): detection stops reading once it cannot.
 */
export const AFTER_META = 9.368;
