// Written by `npm run fit:detect` (scripts/fit-detect.ts) from the labels of the pages tuned on: do not edit by hand.
// 5-fold cross-validated: development part F1 0.787 (P 0.736, R 0.846), English news recall 0.939 (46/49); Readability pages F1 0.970 (P 0.941, R 1.000), English news recall 1.000 (36/36).
import type { Feature } from './detect-features';

/** The score of a page without any signal; a page is news when its score reaches THRESHOLD. */
export const BIAS = -3.706;
export const THRESHOLD = -0.5;
/** What each signal (0 to 1) adds to the score. */
export const WEIGHTS: Partial<Record<Feature, number>> = {
  newsType: 2.28,
  articleType: 0.39,
  howToType: -3.005,
  blogType: -1.008,
  listType: -3.958,
  ogArticle: 0.777,
  ogOther: -0.962,
  date: 0.562,
  byline: 0.265,
  newsMeta: 0.528,
  newsPublisher: 0.905,
  newsPath: 0.853,
  datedPath: 0.757,
  idPath: 0.818,
  notNewsPath: -2.015,
  ownNewsPath: -1.08,
  languagePath: -0.554,
  newsName: 0.973,
  blogName: -3.036,
  institution: -1.455,
  wiki: -4.002,
  pressTitle: -1.01,
  listTitle: -1.025,
  prose: 2.038,
  someProse: 1.257,
  noProse: -3.546,
  length: -0.171,
  newsBox: 0.715,
  blogBox: -0.964,
  dateline: 1.535,
  reporting: 1.535,
  when: 0.518,
  dates: 0.313,
  quotes: 0.4,
  pressRelease: -1,
  selfNamed: -1.062,
  authorLink: 0.603,
  sections: 2.092,
  someSections: 1.094,
  editable: -4,
  organisationLinks: -0.772,
  outletLinks: 0.684,
  teasers: -3.001,
  personal: -2.985,
  we: -1.489,
  firstPersonHeadline: -2.003,
  howTo: -2.031,
  questionHeadline: -0.514,
  code: -3.005,
};
/**
 * The most the signals read after the metadata can add, each at most its positive weight (a story too
 * short to rate its writing takes the rated ones off): detection stops reading once it cannot.
 */
export const AFTER_META = 8.395;
