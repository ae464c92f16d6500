/** Page furniture: the parts of a page around the story (navigation, related links, comments, ads), by their tags and names. */

// Containers of page furniture, by the words sites use in their class names and ids (a widget, but
// not a page builder's "widget-container" or "widget-wrap", which hold whatever the page is made of, its story too). (A pattern: it
// runs on hundreds of names per page, several times faster than splitting each into words.) A cookie-consent box
// holds more prose than a short story. A modifier that says what a box has or lacks ("o-section--has-ads",
// "has-sidebar", "no-comments") does not name it.
export const FURNITURE =
  /(?:^|[\s_-])(?<!(?:^|[\s_-])(?:has|with|no)-)(?:comments?|related|side-?bar|footer|foot|nav|navbar|menu|masthead|promo|share|sharing|social|newsletter|subscribe|advert|ads?|sponsor|widget(?!-container|-wrap)|popular|most-read|trending|recommend|outbrain|taboola|breadcrumbs?|pagination|toolbar|cookie|consent|banner|signup|teaser|rail|gallery|carousel|slideshow)(?:$|[\s_-])/i;
// Class names of the story's own containers: they outweigh a furniture word in the same name
// ("l-sidebar-fixed l-article-body-segment").
export const CONTENT =
  /article|body|content|story|entry|main|text|post|cuerpo|texto|contenido|noticia|corpo|conteudo|conteúdo|inhalt|artikel|contenu|corps|obsah|clanek/i;
// Furniture wraps what it holds closely; a word far up the tree is a site-wide wrapper.
const FURNITURE_DEPTH = 5;

// Words for what is never the story, even in a name that also says "content" ("comment-content"); those not in
// FURNITURE are furniture only by this.
export const NEVER_STORY =
  /(?:^|[\s_-])(?<!(?:^|[\s_-])(?:has|with|no)-)(?:comments?|disqus|outbrain|taboola)(?:$|[\s_-])/i;

// Words that name a place in the page's layout rather than what a box holds: a rail or sidebar beside the story,
// a page builder's widget area. Sites name the story's own column for them too ("pg-side-of-rail",
// "grid--with-right-rail", "widget-area"), so a box furniture only by these words is judged by what it holds
// (`readProse` in `dom/story-prose.ts`).
const LAYOUT = /(?:^|[\s_-])(?:rail|side-?bar|widget)(?=$|[\s_-])/gi;

/** True when a box's class names and id name furniture (comments, related links...) and no content word outweighs them. */
export function isFurnitureName(label: string): boolean {
  return label.length > 1 && (NEVER_STORY.test(label) || (FURNITURE.test(label) && !CONTENT.test(label)));
}

/**
 * What one element is, by its own tag, role and names: furniture (navigation, comments, related links...),
 * `layout` (furniture only by a layout word in its names: a rail, a sidebar, a widget area), the story's own box
 * (an <article>, or <body> and <main> above everything), or neither (null).
 */
export function boxKind(e: Element): 'furniture' | 'layout' | 'story' | null {
  const tag = e.tagName;
  if (tag === 'BODY' || tag === 'MAIN') return 'story';
  // Tags of furniture. (Comparisons rather than a set: a new page's script starts faster without it.)
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || tag === 'FORM' || tag === 'MENU')
    return 'furniture';
  // Custom elements named for furniture (<amp-carousel>, <amp-sidebar>, <related-stories>).
  if (tag.includes('-') && FURNITURE.test(tag)) return 'furniture';
  // Most paragraphs have no attributes: one call tells, rather than three.
  if (!e.hasAttributes()) return tag === 'ARTICLE' ? 'story' : null;
  const role = e.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return 'furniture';
  const label = `${e.getAttribute('class') ?? ''} ${e.id}`;
  // `isFurnitureName`, with its never-story names tested once: those are furniture whatever else they say.
  if (label.length > 1 && NEVER_STORY.test(label)) return 'furniture';
  if (label.length > 1 && FURNITURE.test(label) && !CONTENT.test(label))
    // (The layout words are looked for only in the few names that are furniture.)
    return FURNITURE.test(label.replace(LAYOUT, ' ')) ? 'furniture' : 'layout';
  // An <article> is the story's own container, unless its name says otherwise (comments).
  return tag === 'ARTICLE' ? 'story' : null;
}

/**
 * Whether the element or a near ancestor is page furniture: `furniture`, `layout` when the nearest box that
 * says so does it only by a layout word (a rail, a sidebar, a widget area, which can also be the story's own
 * column), or null.
 */
export function furnitureKind(element: Element): 'furniture' | 'layout' | null {
  let depth = 0;
  for (let e: Element | null = element; e && depth < FURNITURE_DEPTH; e = e.parentElement, depth++) {
    const kind = boxKind(e);
    if (kind) return kind === 'story' ? null : kind;
  }
  return null;
}

/** True when the element or a near ancestor is page furniture (navigation, comments, related links...). */
export function isFurniture(element: Element): boolean {
  return furnitureKind(element) !== null;
}

/**
 * True when this element itself is furniture. For walks that go down from the story's container:
 * its ancestors were already checked on the way, so only the element's own names matter.
 */
export function isFurnitureBox(element: Element): boolean {
  const kind = boxKind(element);
  return kind === 'furniture' || kind === 'layout';
}
