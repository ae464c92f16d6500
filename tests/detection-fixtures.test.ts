// @vitest-environment happy-dom
/**
 * Pages on which detection or extraction once went wrong (tests/fixtures/detection/README.md), each
 * with the result it must give: news or not, and what the body the reader analyses holds and leaves out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageText } from '../dom/page-text';

interface Case {
  file: string;
  url: string;
  isNews: boolean;
  /** Whether the reader analyses it: news found in English (the page's declaration overruled by its text). */
  readable?: boolean;
  holds?: string[];
  leavesOut?: string[];
}

const CASES: Case[] = [
  {
    file: 'widget-container.html',
    url: 'https://citydesk.example/2023/11/08/tenants-vote/',
    isNews: true,
    holds: ['This video looks at a vote', 'Wednesday is a monumental day', 'through door knocks'],
    leavesOut: ['Share on facebook', 'nonprofit newsroom'],
  },
  {
    file: 'amp-carousel-gallery.html',
    url: 'https://ledger.example/news/uk/politics/fine-contact-b671230.html',
    isNews: true,
    holds: ['Anyone falsely naming an antagonist', 'Pubs and bars face penalties'],
    leavesOut: ['UK news in pictures'],
  },
  {
    file: 'story-named-in-spanish.html',
    url: 'https://radio.example/noticias/pais/presidente/2022-05-04/074527.html',
    isNews: true,
  },
  {
    file: 'blog-platform-post.html',
    url: 'https://zweigewinnt.wordpress.com/2019/06/02/unser-wochenende/',
    isNews: false,
  },
  {
    file: 'article-shaped-company-page.html',
    url: 'https://sonnenhaus.example/ratgeber/batteriespeicher',
    isNews: false,
  },
  {
    file: 'quoted-first-person.html',
    url: 'https://ledger.example/state-swears-in-first-native-american-justice/',
    isNews: true,
  },
  {
    file: 'teasers-in-menu.html',
    url: 'https://flugblatt.example/militaer/trainingszentrum-bremen/',
    isNews: true,
  },
  {
    file: 'related-inside-story.html',
    url: 'https://ledger.example/news/world-us-canada-52241221',
    isNews: true,
    holds: [
      'City ramps up burials amid outbreak',
      'Images have emerged of coffins',
      'Workers in protective suits',
      'nearly 162,000',
      'no next of kin',
      'reclaim the bodies',
      // A post the story quotes, embedded in a box named for the social network.
      'Mayor Bill de Blasio promised the 300 workers',
    ],
    leavesOut: [
      'Drone footage',
      'By Jane Roe',
      'A SIMPLE GUIDE',
      'LOOK-UP TOOL',
      'Advertisement',
      'Related coverage',
      'Global economy will suffer',
      'Read more',
      'caravans',
      'Also on',
      'Trending news',
    ],
  },
  {
    file: 'agency-report-german.html',
    url: 'https://bergfahrt.example/profisport/news/nach-sturz-radprofi-kaempft/',
    isNews: true,
  },
  {
    file: 'local-report-dates.html',
    url: 'http://talbote.example/Region/Talweiler/Trinkwasser-in-Talweiler-belastet-43157.html',
    isNews: true,
  },
  {
    file: 'ministry-press-release.html',
    url: 'https://landwirtschaft.land.example/de/aktuelles/presseinformationen/news/praemie-wildschweine',
    isNews: false,
  },
  {
    file: 'evergreen-listicle.html',
    url: 'https://www.fitwelt.example/abnehmen/feiertage-nicht-zunehmen/',
    isNews: false,
  },
  {
    file: 'union-own-news.html',
    url: 'https://www.gdw.example/wertschaetzung-zeigen',
    isNews: false,
  },
  {
    file: 'sports-report-outlet-links.html',
    url: 'https://www.eishockeyzeit.example/aktuell/artikel/2022/02/01/zweimal-im-powerplay/',
    isNews: true,
  },
  {
    file: 'consent-box-short-story.html',
    url: 'https://teamdesk.example/2019/11/18/20970600/defence-snap-counts-week-11',
    isNews: true,
    holds: ['Below, we go through the snap counts'],
    leavesOut: ['We use cookies'],
  },
  {
    file: 'story-beside-rail.html',
    url: 'https://ledger.example/2019/11/18/business/harbour-strike/index.html',
    isNews: true,
    holds: [
      'Harbour strike leaves 22 million tonnes',
      'A strike by dock workers entered its third day',
      'Governor Andrew Cuomo said',
      'Talks between the union and the operators',
    ],
    leavesOut: [
      'Most popular',
      'Boris Johnson',
      'Sign up for our markets newsletter',
      'Read More',
      'Copyright',
    ],
  },
  {
    file: 'story-in-grid-with-rail.html',
    url: 'https://deskdaily.example/2019/11/morning-briefing-11-18-19',
    isNews: true,
    holds: ['A dispute over who owns a singer', 'Finally, regulators said'],
    leavesOut: ["Friday's briefing", 'Advertisement', 'Bill de Blasio'],
  },
  {
    file: 'story-in-one-box.html',
    url: 'https://valleycourier.example/news/news_view.html?idx=8576',
    isNews: true,
    holds: ['The river ferry between the two halves', 'Governor Andrew Cuomo said', 'throughout the winter.'],
    leavesOut: ['the quay on the north bank', 'More from the Courier', 'Boris Johnson', 'window.ads'],
  },
  {
    file: 'story-in-section-with-ads.html',
    url: 'https://boardweekly.example/news/skate-park-opens/',
    isNews: true,
    holds: ['The new skate park by the river opened on Saturday', 'keep the park open until ten at night'],
    leavesOut: ['Street contest returns', 'The shop that sold the town', 'A short film about'],
  },
  {
    file: 'english-story-declared-german.html',
    url: 'https://ledger.example/de/ride-hailing-tax-new-york-2019-11',
    isNews: true,
    readable: true,
    holds: ['Governor Andrew Cuomo said on Tuesday'],
  },
  {
    file: 'spanish-story-declared-english.html',
    url: 'https://diario.example/2019/11/19/asamblea-aprueba-presupuesto/',
    isNews: true,
    readable: false,
  },
];

function load(file: string): Document {
  const html = readFileSync(join('tests/fixtures/detection', file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detection and extraction on pages that once went wrong', () => {
  for (const { file, url, isNews, readable, holds = [], leavesOut = [] } of CASES) {
    it(`${file}: ${isNews ? 'news' : 'not news'}${holds.length ? ', the story and nothing else' : ''}`, () => {
      const { article, index } = readPageText(load(file), { url });
      expect(article.isNews, article.signals.join(', ')).toBe(isNews);
      if (readable !== undefined) expect(article.readable, article.language).toBe(readable);
      for (const text of holds) expect(index.text).toContain(text);
      for (const text of leavesOut) expect(index.text).not.toContain(text);
    });
  }
});
