/**
 * Hostile pages for the end-to-end tests in `hostile.test.ts`: news articles that the extension
 * reads and highlights, each built to fight it in one way (a huge DOM, one huge text node, deep
 * nesting, text that looks like markup, hard Unicode, frames, shadow roots, editors being typed into,
 * a framework that re-renders, constant mutation, client-side navigation, a page that strips the
 * highlights). Served by the fixture server at `/hostile/<name>.html` (`hostilePages` option).
 *
 * Every page carries the same probes of its own health in its main world: `window.__ticks` counts a
 * 20 ms timer and the `#probe-button` counts clicks in `window.__clicks`, so a test can see that the
 * page's scripts still run and its controls still work.
 */
import { escapeHtml, renderNewsPage, scriptJson } from '../../scripts/lib/news-page';

/** The story every page tells: four leaders and eight claims the analysis finds. */
export const STORY = [
  'GENEVA (Reuters) — President Jane Doe said on Tuesday that 4.1 million people had been forced from their homes by the floods, according to figures from the United Nations refugee agency.',
  'Prime Minister Omar Haddad told reporters in the capital that the government would spend $2.5 billion on emergency repairs over the next three years, and that 12,000 soldiers had been sent to the worst-hit provinces.',
  'Finance Minister Lena Berg said inflation had risen to 7.2 percent in March, the highest level in 12 years, as food prices climbed after the harvest was lost across an area the size of Belgium.',
  'Governor Maria Lopez announced that at least 40,000 households were still without power on Wednesday, and that engineers expected to reconnect most of them within a week.',
  'Aid agencies said they had delivered 22 million tonnes of grain since the start of the crisis, but warned that the money pledged by donors covered less than half of what was needed this year.',
  'Opposition leaders accused the government of ignoring warnings from scientists, who had said for a decade that the river defences would not hold against a storm of this size.',
];

/** A second story, for client-side navigation: other leaders, other claims. */
export const OTHER_STORY = [
  'BERLIN (Reuters) — Chancellor Otto Brandt said on Thursday that the country would double its grain exports to 22 million tonnes this year, according to a statement from his office.',
  'Foreign Minister Sofia Amari told a news conference that 3,500 diplomats would attend the summit, and that talks with neighbouring countries had made real progress over the past week.',
  'Economists said the plan would cost about $8 billion over five years, and warned that farmers in the east had already lost 15 percent of their harvest to the drought this summer.',
  'Mayor Jonas Weber said the city had opened 60 new shelters for families who lost their homes, and asked residents to report damaged roads and bridges to the authorities.',
  'Trade unions welcomed the announcement but said wages had not kept up with prices, which rose by 6.8 percent in the year to June, the fastest pace in a generation.',
];

const HEADLINE = 'Floods force millions from their homes as leaders pledge billions in aid';
const OTHER_HEADLINE = 'Chancellor promises to double grain exports as drought hits the east';

/** The page's health probes: a 20 ms heartbeat and a button that counts clicks. */
const PROBES = `
window.__ticks = 0;
setInterval(() => { window.__ticks++; }, 20);
window.__clicks = 0;
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('#probe-button')) window.__clicks++;
});
`;

const SLOT = 'NEWSLENS-HOSTILE-SLOT';

interface PageParts {
  /** The page's own address, for its canonical link. */
  url: string;
  headline?: string;
  paragraphs?: readonly string[];
  /** Markup inside the story, after its paragraphs. */
  story?: string;
  /** Markup after the page's layout, before the footer: outside the article. */
  outside?: string;
  /** Script at the end of the body, after the probes. */
  script?: string;
}

/** A news article of a made-up outlet (NewsArticle JSON-LD, og:type article, byline, dateline) with hostile parts. */
export function hostileNewsPage(id: string, parts: PageParts): string {
  const paragraphs = parts.paragraphs ?? STORY;
  const html = renderNewsPage(
    {
      id,
      headline: parts.headline ?? HEADLINE,
      agency: 'Reuters',
      byline: ['Jane Reporter'],
      date: '2024-03-05',
      dateline: 'Geneva',
      language: 'en',
      text: [...paragraphs, SLOT].join('\n\n'),
    },
    { url: parts.url, script: PROBES + (parts.script ?? '') },
  );
  const button = '<p class="tools"><button id="probe-button" type="button">Share</button></p>';
  return html
    .replace(`<p>${SLOT}</p>`, button + (parts.story ?? ''))
    .replace('<footer class="site-footer">', `${parts.outside ?? ''}<footer class="site-footer">`);
}

/**
 * 100,000 elements: 100,000 in a site index outside the story, a 400-row table of claims in it (each
 * frame of highlighting lays out the whole page, so more rows only make the test slower).
 */
function hugeDom(url: string): string {
  const rows = Array.from(
    { length: 400 },
    (_, i) =>
      `<tr><td>District ${i + 1}</td><td>Officials said ${1000 + i} people were moved to shelters.</td><td>${i % 7}</td></tr>`,
  ).join('');
  const links = Array.from({ length: 50_000 }, (_, i) => `<li><a href="#s${i}">Section ${i}</a></li>`).join(
    '',
  );
  return hostileNewsPage('huge-dom', {
    url,
    story: `<table class="districts"><tbody>${rows}</tbody></table>`,
    outside: `<div class="site-index"><ul>${links}</ul></div>`,
  });
}

/** One text node of over 1 MB: the story's sentences run together, set by script (the parser would split it). */
function megabyteTextNode(url: string): string {
  const chunk = STORY.join(' ');
  const text = Array.from({ length: Math.ceil(1_050_000 / (chunk.length + 1)) }, () => chunk).join(' ');
  return hostileNewsPage('megabyte-text-node', {
    url,
    story: `<p id="huge"></p><script>document.getElementById('huge').appendChild(document.createTextNode(${scriptJson(text)}));</script>`,
  });
}

/**
 * An article of about `chars` characters in ordinary paragraphs: past the analysis's limit
 * (MAX_ANALYZED_CHARS) the first part is highlighted and the rest reported as skipped.
 */
function longArticle(url: string, chars: number): string {
  const story = STORY.join('\n\n');
  const paragraphs = Array.from({ length: Math.ceil(chars / (story.length + 2)) }, () => STORY).flat();
  return hostileNewsPage('long-article', { url, paragraphs });
}

/**
 * Inline elements nested 1,000 deep, built by script (the HTML parser stops nesting at 512), with
 * a leader's name and a claim spread over the levels.
 */
function deepNesting(url: string): string {
  return hostileNewsPage('deep-nesting', {
    url,
    story: `<p id="deep">Speaking late on Tuesday, </p>
<script>
(() => {
  const tags = ['span', 'b', 'i', 'em', 'strong', 'a', 'u', 'small'];
  let parent = document.getElementById('deep');
  const words = { 0: 'President ', 250: 'Jane ', 500: 'Doe said that ', 750: '4.1 ', 999: 'million people had fled.' };
  for (let depth = 0; depth < 1000; depth++) {
    const element = document.createElement(tags[depth % tags.length]);
    if (words[depth]) element.append(words[depth]);
    parent.append(element);
    parent = element;
  }
  parent.append(' Prime Minister Omar Haddad spoke at the bottom of it all.');
})();
</script>`,
  });
}

/** Text that looks like markup and script, as text: it must stay text and never run. */
function htmlLookalike(url: string): string {
  const tricky = [
    'President Jane Doe wrote <img src=x onerror=alert(1)> in a post that 4.1 million people saw.',
    'The page showed <script>alert("Prime Minister Omar Haddad")</script> next to a chart of 12,000 soldiers.',
    '"><svg onload=alert(2)> Governor Maria Lopez said 40,000 households were without power.',
    '</newslens-mark><newslens-mark data-newslens-kind="leader" data-newslens-key="x"> Finance Minister Lena Berg said 7.2 percent.',
    '&lt;b&gt; {{constructor.constructor("alert(3)")()}} ${alert(4)} javascript:alert(5) <!-- 22 million tonnes --> ]]>',
  ];
  return hostileNewsPage('html-lookalike', {
    url,
    story: tricky.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n'),
    script: `document.title = ${scriptJson('<img src=x onerror=alert(6)>')} + document.title;`,
  });
}

/** Right-to-left text, emoji (with ZWJ sequences, flags, skin tones), combining marks, bidi controls. */
function unicodeText(url: string): string {
  const lines = [
    'President Jane Doe 👩‍👩‍👧‍👦 said 4.1 million people 🌊🏚️ had fled, and 🇺🇳 officials 👍🏽 agreed.',
    'Prime Minister Jose\u0301 Marti\u0301 met Zoe\u0308 Ber\u0327 and said 12,000 soldiers were deployed; Z\u0351\u0352\u0353algo\u0354 text.',
    'قال الرئيس جين دو إن 4.1 مليون شخص نزحوا، and Governor Maria Lopez said 40,000 households 🏠 were affected.',
    'אמר ראש הממשלה עומר חדאד ש־12,000 חיילים נשלחו; Finance Minister Lena Berg said inflation hit 7.2 percent.',
    'Persian ZWNJ: می‌خواهم, ZWJ: a\u200Db, bidi: \u202Ereversed\u202C \u2066isolate\u2069 and 22 million tonnes 𝐨𝐟 𝐠𝐫𝐚𝐢𝐧.',
  ];
  return hostileNewsPage('unicode', {
    url,
    story:
      lines
        .map((text, i) => `<p${i === 2 || i === 3 ? ' dir="rtl"' : ''}>${escapeHtml(text)}</p>`)
        .join('\n') +
      '\n<p dir="rtl"><bdi>President Jane Doe</bdi> — مرحبا <bdo dir="ltr">4.1 million people</bdo></p>',
  });
}

/** A news page to be framed: the content script runs in top frames only, so it must stay untouched. */
function framedNews(url: string): string {
  return hostileNewsPage('framed-news', { url });
}

/** Same-origin, cross-origin and srcdoc frames that hold news text, inside the story. */
function iframes(url: string, crossOrigin: string): string {
  const srcdoc = escapeHtml(`<p>${escapeHtml(STORY[0])}</p>`);
  return hostileNewsPage('iframes', {
    url,
    story: `<iframe id="same" src="/hostile/framed-news.html" width="600" height="300"></iframe>
<iframe id="cross" src="${escapeHtml(`${crossOrigin}/hostile/framed-news.html`)}" width="600" height="300"></iframe>
<iframe id="srcdoc" srcdoc="${srcdoc}" width="600" height="100"></iframe>
<p>After the frames, Mayor Jonas Weber said 60 new shelters had opened.</p>`,
  });
}

/** Open shadow roots (by script and declarative) holding news text, and light DOM slotted into one. */
function shadowRoots(url: string): string {
  return hostileNewsPage('shadow-roots', {
    url,
    story: `<news-card id="card"><span>In the light DOM, Mayor Jonas Weber said 60 shelters opened.</span></news-card>
<div id="declarative"><template shadowrootmode="open"><p>Declared shadow: Chancellor Otto Brandt said 22 million tonnes.</p></template></div>
<script>
customElements.define('news-card', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>In the shadow, President Jane Doe said 4.1 million people fled.</p><slot></slot>';
  }
});
</script>`,
  });
}

/** Editors and form fields in the story, holding news text, for the reader to type into. */
function editable(url: string): string {
  return hostileNewsPage('editable', {
    url,
    story: `<div id="editor" contenteditable="true"><p>Draft: President Jane Doe said 4.1 million people fled.</p></div>
<div id="plain" contenteditable="plaintext-only">Note: Prime Minister Omar Haddad, 12,000 soldiers.</div>
<form id="form" onsubmit="event.preventDefault(); window.__submitted = (window.__submitted || 0) + 1;">
<label>Title <input id="title" value="Governor Maria Lopez"></label>
<textarea id="notes">Finance Minister Lena Berg said 7.2 percent.</textarea>
<button id="submit" type="submit">Send</button>
</form>`,
  });
}

/**
 * A framework-style app: it renders the story from its state, keeps the nodes it made, and every
 * 700 ms re-renders by dropping every node it does not know (marks, cut text) and setting its own
 * text nodes back to what they should say. `__expectedHtml()` is what it renders now.
 */
function framework(url: string): string {
  return hostileNewsPage('framework', {
    url,
    paragraphs: [],
    story: '<div id="app"></div>',
    script: `
(() => {
  const app = document.getElementById('app');
  const paragraphs = ${scriptJson(STORY)};
  const state = { readers: 1000 };
  const view = () => [...paragraphs, 'Live: ' + state.readers + ' readers, and Chancellor Otto Brandt said 22 million tonnes.'];
  const own = [];
  const render = () => {
    const texts = view();
    texts.forEach((text, i) => {
      let entry = own[i];
      if (!entry) {
        const element = document.createElement('p');
        const node = document.createTextNode(text);
        element.append(node);
        entry = own[i] = { element, node };
      }
      if (entry.node.data !== text) entry.node.data = text;
      for (const child of [...entry.element.childNodes]) if (child !== entry.node) child.remove();
      if (entry.node.parentNode !== entry.element) entry.element.append(entry.node);
    });
    for (const child of [...app.childNodes]) if (!own.some((entry) => entry.element === child)) child.remove();
    own.forEach((entry) => { if (entry.element.parentNode !== app) app.append(entry.element); });
  };
  render();
  window.__renders = 0;
  window.__expectedHtml = () => view().map((text) => '<p>' + text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') + '</p>').join('');
  window.__expectedText = () => view().join('');
  const timer = setInterval(() => { state.readers++; render(); window.__renders++; }, 700);
  window.__stopRendering = () => clearInterval(timer);
})();
`,
  });
}

/**
 * Changes every 10 ms: a class on a story paragraph and an ad replaced outside the story, and with
 * `withClock` a clock in the story's text too. `__stopMutating()` stops and puts each back as it was.
 */
function mutating(url: string, withClock: boolean): string {
  return hostileNewsPage('mutating', {
    url,
    story:
      '<p id="live">Live update <span id="clock">00000</span>: Mayor Jonas Weber said 60 shelters opened.</p>',
    outside: '<div class="ad-slot" id="ad"><div>Advertisement 0</div></div>',
    script: `
(() => {
  const clock = document.getElementById('clock');
  const live = document.getElementById('live');
  const ad = document.getElementById('ad');
  let n = 0;
  const timer = setInterval(() => {
    n++;
    if (${withClock}) clock.textContent = String(n).padStart(5, '0');
    live.classList.toggle('tick');
    const banner = document.createElement('div');
    banner.textContent = 'Advertisement ' + n;
    ad.replaceChildren(banner);
  }, 10);
  window.__stopMutating = () => {
    clearInterval(timer);
    clock.textContent = '00000';
    live.removeAttribute('class');
    const banner = document.createElement('div');
    banner.textContent = 'Advertisement 0';
    ad.replaceChildren(banner);
  };
})();
`,
  });
}

/**
 * A single-page app with two articles: "Next story" pushes the other article's address and swaps the
 * whole <article>; going back swaps it again. `__articleHtml(n)` is article n's markup as rendered.
 */
function navigation(url: string, n: 1 | 2): string {
  const page = hostileNewsPage(`navigation-${n}`, {
    url,
    headline: n === 1 ? HEADLINE : OTHER_HEADLINE,
    paragraphs: n === 1 ? STORY : OTHER_STORY,
    script: `
(() => {
  const articles = {
    1: { headline: ${scriptJson(HEADLINE)}, paragraphs: ${scriptJson(STORY)} },
    2: { headline: ${scriptJson(OTHER_HEADLINE)}, paragraphs: ${scriptJson(OTHER_STORY)} },
  };
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  window.__articleHtml = (n) =>
    '<header class="story-header"><h1>' + escape(articles[n].headline) + '</h1>' +
    '<p class="tools"><a id="next" href="/hostile/navigation-' + (3 - n) + '.html">Next story</a> ' +
    '<button id="probe-button" type="button">Share</button></p></header>' +
    '<div class="story-body">' + articles[n].paragraphs.map((p) => '<p>' + escape(p) + '</p>').join('') + '</div>';
  const show = (n) => {
    const article = document.createElement('article');
    article.innerHTML = window.__articleHtml(n);
    document.querySelector('article').replaceWith(article);
    document.title = articles[n].headline;
    window.__shown = n;
  };
  show(${n});
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('#next');
    if (!link) return;
    event.preventDefault();
    const next = window.__shown === 1 ? 2 : 1;
    history.pushState({ n: next }, '', link.getAttribute('href'));
    show(next);
  });
  addEventListener('popstate', () => show(location.pathname.endsWith('-2.html') ? 2 : 1));
})();
`,
  });
  return page;
}

/** Where the app's article lives once the reader opens it from the home page. */
export const APP_STORY_PATH = '/world/2024/03/05/floods-force-millions-from-their-homes';

/**
 * A single-page app whose first page is a home page, not news: a list of teasers, no article
 * metadata. Opening the first teaser pushes the article's address, renders the article (byline, date,
 * paragraphs) and sets its structured data in the head, as apps that manage the head do.
 */
function appHome(): string {
  const teasers = Array.from(
    { length: 8 },
    (_, i) =>
      `<li><h2><a ${i === 0 ? `id="story-link" href="${APP_STORY_PATH}"` : `href="/world/story-${i}"`}>` +
      `${i === 0 ? HEADLINE : `Story number ${i + 1} of the day`}</a></h2><p>A short summary of the story.</p></li>`,
  ).join('');
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: HEADLINE,
    datePublished: '2024-03-05',
    author: [{ '@type': 'Person', name: 'Jane Reporter' }],
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Daily Example</title>
<meta property="og:type" content="website"></head>
<body>
<header class="masthead"><a href="/">The Daily Example</a>
<nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main id="app"><ul class="teasers">${teasers}</ul>
<p class="tools"><button id="probe-button" type="button">Share</button></p></main>
<footer class="site-footer">© The Daily Example</footer>
<script>${PROBES}
(() => {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = ${scriptJson(STORY)};
  document.getElementById('story-link').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState({}, '', ${scriptJson(APP_STORY_PATH)});
    // The app fetches the story, then renders it.
    setTimeout(() => {
      document.title = ${scriptJson(HEADLINE)};
      document.querySelector('meta[property="og:type"]').setAttribute('content', 'article');
      const data = document.createElement('script');
      data.type = 'application/ld+json';
      data.textContent = ${scriptJson(JSON.stringify(structured))};
      document.head.append(data);
      document.getElementById('app').innerHTML =
        '<article><h1>' + escape(${scriptJson(HEADLINE)}) + '</h1>' +
        '<p class="byline">By <a rel="author" href="/staff/jane-reporter">Jane Reporter</a></p>' +
        '<time datetime="2024-03-05">March 5, 2024</time>' +
        '<div class="story-body">' + paragraphs.map((p) => '<p>' + escape(p) + '</p>').join('') + '</div>' +
        '<p class="tools"><button id="probe-button" type="button">Share</button></p></article>';
    }, 150);
  });
})();
</script>
</body></html>`;
}

/** A page that unwraps every highlight as soon as it appears and joins the text back (an anti-extension script). */
function stripsHighlights(url: string): string {
  return hostileNewsPage('strips-highlights', {
    url,
    script: `
(() => {
  window.__stripped = 0;
  new MutationObserver(() => {
    const marks = document.querySelectorAll('newslens-mark');
    if (marks.length === 0) return;
    const parents = new Set();
    for (const mark of marks) {
      parents.add(mark.parentNode);
      mark.replaceWith(...mark.childNodes);
      window.__stripped++;
    }
    for (const parent of parents) parent.normalize();
  }).observe(document.body, { childList: true, subtree: true });
})();
`,
  });
}

/**
 * The hostile pages by name, for the fixture server's `hostilePages` option. `crossOrigin` is the
 * origin of a second server, for the cross-origin frame.
 */
export function hostilePages(crossOrigin: string): Record<string, (url: URL) => string> {
  return {
    'huge-dom': (url) => hugeDom(url.href),
    'megabyte-text-node': (url) => megabyteTextNode(url.href),
    'long-article': (url) => longArticle(url.href, Number(url.searchParams.get('chars') ?? 3_000_000)),
    'deep-nesting': (url) => deepNesting(url.href),
    'html-lookalike': (url) => htmlLookalike(url.href),
    unicode: (url) => unicodeText(url.href),
    'framed-news': (url) => framedNews(url.href),
    iframes: (url) => iframes(url.href, crossOrigin),
    'shadow-roots': (url) => shadowRoots(url.href),
    editable: (url) => editable(url.href),
    framework: (url) => framework(url.href),
    mutating: (url) => mutating(url.href, url.searchParams.get('clock') !== '0'),
    'navigation-1': (url) => navigation(url.href, 1),
    'navigation-2': (url) => navigation(url.href, 2),
    'strips-highlights': (url) => stripsHighlights(url.href),
    'app-home': () => appHome(),
  };
}
