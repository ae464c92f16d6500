// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isStoryFurniture } from './story-furniture';
import { unquotedText } from './writing';

function element(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild!;
}

describe('isStoryFurniture', () => {
  it('skips link lists, teaser paragraphs and boxes that are mostly links', () => {
    expect(
      isStoryFurniture(
        element('<ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul>'),
      ),
    ).toBe(true);
    expect(
      isStoryFurniture(
        element('<p>Read more: <a href="/a">How caravans are helping frontline medics</a></p>'),
      ),
    ).toBe(true);
    expect(
      isStoryFurniture(
        element('<div><a href="/a">Global economy will suffer for years, bank warns</a></div>'),
      ),
    ).toBe(true);
  });

  it('keeps paragraphs and lists of the story that link a few words', () => {
    expect(
      isStoryFurniture(
        element(
          '<p>The ministry said on Monday that <a href="/report">its report</a> would be published next week, after talks.</p>',
        ),
      ),
    ).toBe(false);
    expect(
      isStoryFurniture(
        element(
          '<ul><li>Schools will reopen on Monday in most districts.</li><li>Buses run as usual.</li></ul>',
        ),
      ),
    ).toBe(false);
  });

  it('counts only links with an address, each once: inline <a>s without one and links in links are the story', () => {
    // A paragraph styled with address-less <a>s, nested many deep (a page's inline markup, not links).
    let inner = 'Jane Doe said that 4.1 million people had fled.';
    for (let depth = 0; depth < 20; depth++) inner = `<a><b>${inner}</b></a>`;
    expect(isStoryFurniture(element(`<p>Speaking on Tuesday, President ${inner}</p>`))).toBe(false);
    // A short link of a long paragraph, wrapped in another link by a script: still a few words of it.
    const story = document.createElement('p');
    story.append(
      'The ministry said on Monday that its long-delayed report on the harbour would be published, ',
    );
    const outer = story.appendChild(document.createElement('a'));
    outer.href = '/report';
    const nested = outer.appendChild(document.createElement('a'));
    nested.href = '/report';
    nested.append('next week');
    story.append(', after talks with the unions and the port authority had ended without a deal.');
    expect(isStoryFurniture(story)).toBe(false);
  });

  it('skips label lines, bylines, captions and boxes named for them', () => {
    for (const html of [
      '<div>Advertisement</div>',
      '<h2>Related coverage</h2>',
      '<p>Also on The Ledger</p>',
      '<p>Trending news</p>',
      '<p>Anzeige</p>',
      '<p>By Jane Roe, Ledger News, New York</p>',
      '<figure><img src="a.jpg"><figcaption>The harbour on Monday</figcaption></figure>',
      '<div class="media-caption">Image copyright Reuters</div>',
      '<div class="article-tags">Politics Europe</div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
  });

  it('keeps headings and short sentences of the story, and inline elements named for links', () => {
    for (const html of [
      '<h2>What happens next</h2>',
      '<p>By Tuesday, the city had reopened.</p>',
      '<p>Share prices fell 3% on Monday.</p>',
      '<a class="story-body__link" href="/x">the report</a>',
      // A sentence that links most of its words, with words of its own around the links.
      '<p>Owners can <a href="/a">register a business online on the city portal</a> and also look up <a href="/b">resources for companies in the state</a> at the registry.</p>',
      // A box named for links that holds none is the story's own.
      '<div class="intext-links"><p>The president of the commission also welcomed the vote.</p></div>',
      // A subheading's anchor id made of its words ("nav" here) does not make it navigation.
      '<h3 class="subheading" id="nav_navigating_the_new_rules__1">Navigating the new rules</h3>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
    // Its class still tells.
    expect(isStoryFurniture(element('<h3 class="sidebar-title" id="more">More on this</h3>'))).toBe(true);
  });
});

describe('isStoryFurniture: teasers and pictures between the paragraphs (trafilatura development pages)', () => {
  it('skips a line that is a label and a link, and a list of them', () => {
    for (const html of [
      '<blockquote><b>PUEDES VER: </b><a href="/a">¿Cómo sacar mi certificado de estudios en línea?</a></blockquote>',
      '<h3>MIRA:&nbsp;<a href="/b">Madre se acerca a conocer los motivos de la captura</a></h3>',
      '<ul><li>A SIMPLE GUIDE: <a href="/c">How do I protect myself?</a></li><li>VIDEO: <a href="/d">The 20-second hand wash</a></li></ul>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
  });

  it("keeps a story's line that ends with a link after more than a label", () => {
    for (const html of [
      '<p>The regulator published its findings on Monday, and they are damning: <a href="/r">read the report</a></p>',
      '<ul><li>Schools: <a href="/s">reopen on Monday</a></li><li>Buses run as usual on every line.</li></ul>',
      // An item of a story's list alone is never taken for a teaser: only a list made of them is.
      '<li>Schools: <a href="/s">reopen on Monday</a></li>',
      '<h3>What the new rules say</h3>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
  });

  it('skips teaser cards (a small box whose heading is a link) and the line over them', () => {
    const card = (n: number) =>
      `<article class="teaser"><script type="application/json">{"campaignId":"${'x'.repeat(700)}"}</script>
        <header><h2><a href="/story-${n}"><span>Sport</span> <span>New rules for clubs as cases rise in the region</span></a></h2></header>
        <a href="/story-${n}"><div class="lead"><p>Cases are rising fast, and the ministry is weighing new rules for sports clubs.</p></div></a></article>`;
    expect(isStoryFurniture(element(card(1)))).toBe(true);
    expect(isStoryFurniture(element(`<div class="col"><ul><li>${card(2)}</li></ul></div>`))).toBe(true);
    const doc = new DOMParser().parseFromString(
      `<body><h2>Die meistgelesenen Artikel</h2><div class="col">${card(3)}</div>
        <p><strong>Schon gelesen?</strong></p><blockquote><p><a href="/x">Luftwaffe trains its pilots in Bremen from April</a></p></blockquote></body>`,
      'text/html',
    );
    for (const line of [doc.body.children[0], doc.body.children[2]])
      expect(isStoryFurniture(line), line.textContent!).toBe(true);
  });

  it("keeps a story's section whose subheading links, when it is more than a card", () => {
    const long = 'The council voted on Tuesday to close the old bridge for repairs, officials said. '.repeat(
      8,
    );
    for (const html of [
      `<div><h2><a href="/rules">The new rules</a></h2><p>${long}</p></div>`,
      // A subheading that is an anchor in the page.
      '<section><h3><a href="#rules">What the new rules say about clubs</a></h3><p>Clubs must close at ten.</p></section>',
      '<p>What now?</p>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
  });

  it('skips a link that stands as a block between paragraphs, and a call to share', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div class="text"><p>Three demonstrators were killed in clashes near the fuel plant, officials said.</p>
        <a class="read-more-big" href="/news/1"><span>Journalists threatened with arrest as the new government purges its rivals</span></a>
        <p>Like this story? Share it with a friend!</p>
        <p>The clashes went on <a href="/news/2">for most of the night near the plant</a>, witnesses said.</p>
        <div>Read the <a href="/report">full report of the commission on the clashes</a></div>
        <p>Go to <a href="#section-2">the second part of this story, on the fuel plant</a></p></div></body>`,
      'text/html',
    );
    const [teaser, ...links] = doc.querySelectorAll('a');
    expect(isStoryFurniture(teaser)).toBe(true);
    expect(isStoryFurniture(doc.querySelectorAll('p')[1])).toBe(true);
    // A link inside a line of the story, or beside its words, is the story's.
    for (const link of links) expect(isStoryFurniture(link), link.textContent!).toBe(false);
  });

  it('skips lines that speak to the reader about the page, and "Posted by" bylines', () => {
    for (const html of [
      '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>',
      // The same line through many links and italics.
      '<p><i>Follow Newsbeat on </i><a href="/i">Instagram</a><i>, </i><a href="/f">Facebook</a><i>, </i><a href="/t">Twitter</a><i> and </i><a href="/y">YouTube</a><i>.</i></p>',
      '<p>The Times is committed to publishing a diversity of letters. We’d like to hear what you think about this or any of our articles.</p>',
      '<p>Are you a tenant preparing to vote this month? We want to hear from you! Send us your questions.</p>',
      '<p>This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.</p>',
      '<div>© 2019 The Ledger. All rights reserved.</div>',
      '<p>Citation: Astronauts would need smaller spacecraft (2019, November 18) retrieved from the site</p>',
      '<p>Posted by Jane Doe on November 19, 2019, 6:21 AM EST</p>',
      "<p>There's plenty more where that came from. Sign up for The Morning Memo today to get the free daily newsletter delivered to your inbox.</p>",
      '<p>Abonnieren Sie jetzt unseren kostenlosen Newsletter.</p>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
    for (const html of [
      '<p>Police asked residents to follow the force on Twitter for updates on the closures.</p>',
      '<p>The photos are subject to copyright, the court said, and all rights reserved by the agency were upheld.</p>',
      '<p>Posted guards stood by the gate.</p>',
      '<p>More than 20,000 readers signed up in the first week, the publisher said. Its newsletter goes out at six.</p>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
  });

  it('keeps a post the story quotes, embedded in a box named for the social network', () => {
    const embed = element(
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge stays shut until June, the council said today. <a href="https://t.example/x">https://t.example/x</a></p>&mdash; City Desk (@citydesk) <a href="https://social.example/status/1">April 10, 2020</a></blockquote></div>',
    );
    expect(isStoryFurniture(embed)).toBe(false);
    expect(isStoryFurniture(embed.firstElementChild!)).toBe(false);
    // A share bar or a video player named for the same network is not a quoted post.
    expect(
      isStoryFurniture(element('<div class="social-share-embed"><a href="/share/x">Share on X</a></div>')),
    ).toBe(true);
    expect(isStoryFurniture(element('<div class="social-embed"><iframe src="/player"></iframe></div>'))).toBe(
      true,
    );
  });

  it("skips boxes of notices to the reader: a disclosure, an e-mail sign-up, a paywall's call", () => {
    for (const html of [
      '<section class="editorial-disclosure"><p>This post names products of our advertisers. We may be paid when you click on links to them, and terms apply to the offers listed here.</p></section>',
      '<section class="article-email-capture"><p>Get the day’s five main stories in your inbox every morning. Enter your address below.</p></section>',
      '<div class="content-form-account-paywall"><h2>To read on and get three stories a month free, create your account</h2></div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
    // The story's paragraphs that speak of such things are the story's.
    for (const html of [
      '<p>The bank said its disclosure of the fees had been clear, and that no e-mail had been sent to clients.</p>',
      '<div class="story-body"><p>The paywall, the publisher said, would go up in March.</p></div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
  });

  it("keeps the story that a site marks as behind its paywall, and skips the paywall's notices", () => {
    // Sites name the gated story itself "paywall": its paragraphs and its body are the story.
    for (const html of [
      '<p class="paywall">The council voted on Tuesday to close the old bridge for repairs, the mayor said.</p>',
      '<div class="article-body paywall"><p>Work is to start in the spring and will take about a year.</p></div>',
      '<div class="paywall-content"><p>Traffic will be sent over the northern crossing, officials said.</p></div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
    for (const html of [
      '<div class="paywall-prompt"><p>Subscribe to read on: your first month costs $1.</p></div>',
      '<div class="account-paywall"><h2>Create your account to read three stories a month free</h2></div>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
  });

  it('skips a card that opens on a name in a paragraph, and keeps the name', () => {
    const doc = new DOMParser().parseFromString(
      `<body><p>The man threatened to kill Rep. <span class="people"><a href="/people/jane-roe">Jane Roe</a><span class="people-block"><span class="block"><span><img src="j.jpg" alt=""><a href="/people/jane-roe">Jane Roe</a><a href="/news/1">Senators call for a new security coordinator after the attack</a> <a href="/news/2">Progressives oppose the stopgap funding bill</a></span></span></span></span> (D-Minn.), prosecutors said.</p></body>`,
      'text/html',
    );
    const spans = [...doc.querySelectorAll('p span')];
    // Only the innermost box of the card is skipped: the boxes around it also hold the name.
    expect(spans.map((span) => isStoryFurniture(span))).toEqual([false, false, false, true]);
    // A span of the story holding a picture and a link among its words is the story's.
    expect(
      isStoryFurniture(
        element(
          '<span><img src="flag.png" alt=""> The ministry said <a href="/a">its report</a> and <a href="/b">the annex</a> were published.</span>',
        ),
      ),
    ).toBe(false);
  });

  it("skips a picture's box, caption and credit, whatever element holds them", () => {
    for (const html of [
      '<p class="imagedescription uk-text-center">AFP / MARCO BERTORELLO</p>',
      '<div class="img-metadata"><span class="img-metadata__title">Roman Prymula, photo: ČTK</span></div>',
      '<div class="img_description"><div class="descriptif"><p>The company will train pilots for the air force in Bremen.</p></div></div>',
      '<div class="PicContainer-iky41v-0"><div><img src="a.jpg" alt=""></div><span>Reuters</span></div>',
      '<p>Crédits photos : Bestimage</p>',
      '<p>Header Image: People have lived in the forests for thousands of years. Credit: Jane Doe (CC BY 2.0)</p>',
      '<p>Featured image by Jane Doe/The Ledger.</p>',
      '<p>Written by: Julie Doe</p>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(true);
  });

  it("skips a table's cell that sets a picture with its caption between a story's lines", () => {
    const doc = new DOMParser().parseFromString(
      '<body><table><tbody><tr><td><img src="a.jpg" alt=""><br>The quay on the north bank</td></tr></tbody></table></body>',
      'text/html',
    );
    expect(isStoryFurniture(doc.querySelector('td')!)).toBe(true);
  });

  it('keeps paragraphs beside pictures and a long box that also holds one', () => {
    const long = 'The council voted on Tuesday to close the old bridge for repairs, officials said. '.repeat(
      3,
    );
    for (const html of [
      `<div><img src="a.jpg" alt=""><p>${long}</p></div>`,
      '<p>The photo agency said: its pictures were taken on Monday.</p>',
      '<p>By Tuesday, the city had reopened.</p>',
    ])
      expect(isStoryFurniture(element(html)), html).toBe(false);
  });
});

describe('unquotedText', () => {
  it('leaves out what a report quotes, but not a text that is mostly dialogue', () => {
    expect(
      unquotedText(
        'The judge, who was sworn in on Monday at a ceremony in the capital before the governor and her family, said: “I was raised to remember.” She then took her seat.',
      ),
    ).not.toContain('I was raised');
    const dialogue = "“I will go,” he said. “You won't,” I said. “We shall see,” she said.";
    expect(unquotedText(dialogue)).toBe(dialogue);
  });
});
