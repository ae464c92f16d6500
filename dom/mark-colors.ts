/** Colours by highlight kind ("leader", "claim"), as `#rrggbb`: only those that differ from style.css's defaults. */
export type MarkColors = Readonly<Partial<Record<string, string>>>;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const KIND = /^[a-z]+$/;

/**
 * The rules that give each kind its colour: only the `--newslens-color` custom property, only on the
 * extension's own marks. Kinds and colours are checked again here because they end up in CSS text.
 */
export function markColorRules(colors: MarkColors): string {
  return Object.entries(colors)
    .filter((entry): entry is [string, string] => KIND.test(entry[0]) && HEX_COLOR.test(entry[1] ?? ''))
    .map(
      ([kind, color]) =>
        `newslens-mark[data-newslens-kind='${kind}'] { --newslens-color: ${color} !important; }`,
    )
    .join('\n');
}

/** The document as the page sees it: in a Firefox content script its own arrays are only reachable this way. */
function pageView(doc: Document): Document {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
}

/** Runs `change`; a page that froze or broke adoptedStyleSheets keeps the default colours, which style.css has. */
function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // Nothing to undo: the highlights keep working in the default colours.
  }
}

/**
 * Paints the highlights in the reader's colours without touching the page's DOM: a constructed style sheet in
 * `document.adoptedStyleSheets` (no element, no attribute, nothing in the serialised DOM). It is adopted only
 * while the page has highlights and some colour is given, and emptied and let go when
 * `signal` aborts, so a page without highlights, or a reader who keeps the defaults, never sees it.
 */
export class MarkColorSheet {
  private readonly doc: Document;
  private readonly signal: AbortSignal;
  private readonly sheet: CSSStyleSheet | null;
  private rules: string;
  private needed = false;

  constructor(doc: Document, colors: MarkColors, signal: AbortSignal) {
    this.doc = doc;
    this.signal = signal;
    const view = doc.defaultView;
    this.sheet = view && 'adoptedStyleSheets' in doc && !signal.aborted ? new view.CSSStyleSheet() : null;
    this.rules = markColorRules(colors);
    signal.addEventListener('abort', () => this.release(), { once: true });
  }

  /** The reader's colours that differ from the defaults. */
  setColors(colors: MarkColors): void {
    this.rules = markColorRules(colors);
    this.update();
  }

  /** Whether the page has (or is about to have) highlights to paint. */
  setNeeded(needed: boolean): void {
    this.needed = needed;
    this.update();
  }

  // Firefox: https://bugzilla.mozilla.org/show_bug.cgi?id=1770592 (a content script cannot read its own view
  // of adoptedStyleSheets; the page's view works). Chrome and Firefox both let the list be changed in place.
  private adopted(): CSSStyleSheet[] {
    return pageView(this.doc).adoptedStyleSheets;
  }

  private update(): void {
    const sheet = this.sheet;
    if (!sheet || this.signal.aborted) return;
    if (!this.needed || !this.rules) return attempt(() => this.detach(sheet));
    attempt(() => {
      sheet.replaceSync(this.rules);
      // The page may have replaced the list since: adopt again when missing.
      if (!this.adopted().includes(sheet)) this.adopted().push(sheet);
    });
  }

  private detach(sheet: CSSStyleSheet): void {
    const index = this.adopted().indexOf(sheet);
    if (index >= 0) this.adopted().splice(index, 1);
  }

  private release(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    attempt(() => sheet.replaceSync(''));
    attempt(() => this.detach(sheet));
  }
}
