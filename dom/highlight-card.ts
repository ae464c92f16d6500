import type { PageItem, SourceQuote } from '@/analysis/page-items';
import { KEY_ATTRIBUTE, KIND_ATTRIBUTE, MARK_TAG } from './highlighter';

/** The interface's messages the card uses; the content script passes the browser's i18n in. */
export type CardMessage =
  | 'kindLeader'
  | 'kindClaim'
  | 'onThisPage'
  | 'officesOnPage'
  | 'sourcesSay'
  | 'roleInSource'
  | 'counts'
  | 'differsOnPage'
  | 'statusCorroborated'
  | 'statusContradicted'
  | 'figureInSource'
  | 'cardClose';

export interface HighlightCardOptions {
  doc: Document;
  /** The item a highlight stands for, from the page's last analysis. */
  item: (kind: string, key: string) => PageItem | undefined;
  /** Whether an element is one of this session's highlights. */
  isMark: (element: Element) => boolean;
  /** The page's sentence of the mention a highlight shows; the item's first sentence when not given or unknown. */
  sentence?: (mark: Element, item: PageItem) => string | undefined;
  t: (key: CardMessage, ...substitutions: (string | number)[]) => string;
  signal: AbortSignal;
}

/** The card's host element, outside the body so the article's text and DOM never change. */
export const CARD_TAG = 'newslens-card';
const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 300;
const GAP = 8;

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto;
  padding: 10px 12px; border-radius: 8px; font: 13px/1.45 system-ui, sans-serif;
  background: #ffffff; color: #1b1f24; border: 1px solid #c9d1d9; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); }
.kind { margin: 0; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; }
h2 { margin: 2px 24px 4px 0; font-size: 15px; line-height: 1.3; }
p { margin: 4px 0; }
.label { margin-top: 8px; font-weight: 600; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #c9d1d9; }
.source { display: block; color: #57606a; font-size: 12px; }
.close { position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; border: 0; border-radius: 4px;
  background: transparent; color: inherit; font-size: 18px; line-height: 1; cursor: pointer; }
.close:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1b1f24; color: #e6edf3; border-color: #3d444d; }
  .kind, .source { color: #9da7b3; }
  blockquote { border-left-color: #3d444d; }
}
@media (forced-colors: active) { .card { border: 1px solid CanvasText; } }
`;

/**
 * A small card about the highlight under the pointer or in focus: who the leader is or how the figure
 * stands against the sources. It lives in a shadow root on the document element, so the page's CSS
 * cannot restyle it and the body is never touched; it sits above or below the highlight, never on it,
 * and Esc closes it. Built with text nodes only: nothing from the page is ever parsed as HTML.
 */
export class HighlightCard {
  private host: HTMLElement | null = null;
  private shownFor: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HighlightCardOptions) {
    const { doc, signal } = options;
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('pointerover', (event) => this.onPointerOver(event), listen);
    doc.addEventListener('pointerout', (event) => this.onPointerOut(event), listen);
    doc.addEventListener('focusin', (event) => this.onFocusIn(event), listen);
    doc.addEventListener('focusout', (event) => this.onFocusOut(event), listen);
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal });
    signal.addEventListener('abort', () => this.hide(), { once: true });
  }

  /** The highlight the card is about, if it is showing. */
  get current(): Element | null {
    return this.shownFor;
  }

  private markOf(target: EventTarget | null): Element | null {
    const element = target instanceof this.options.doc.defaultView!.Element ? target : null;
    const mark = element?.closest(MARK_TAG) ?? null;
    return mark && this.options.isMark(mark) ? mark : null;
  }

  private onPointerOver(event: Event): void {
    if (this.host && event.composedPath().includes(this.host)) {
      clearTimeout(this.timer);
      return;
    }
    const mark = this.markOf(event.target);
    if (!mark) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(mark), this.shownFor ? 0 : SHOW_DELAY_MS);
  }

  private onPointerOut(event: Event): void {
    const fromCard = this.host !== null && event.composedPath().includes(this.host);
    if (!fromCard && !this.markOf(event.target)) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hideUnlessFocused(), HIDE_DELAY_MS);
  }

  private onFocusIn(event: Event): void {
    const mark = this.markOf(event.target);
    if (mark) {
      clearTimeout(this.timer);
      this.show(mark);
    }
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.markOf(event.target)) return;
    const next = event.relatedTarget;
    if (this.host && next instanceof Node && (next === this.host || this.host.contains(next))) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hideUnlessFocused(), HIDE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.host) return;
    const mark = this.shownFor;
    this.hide();
    // Back to the highlight the card was about, so the reader keeps their place.
    if (mark && this.options.doc.activeElement === this.host)
      (mark as HTMLElement).focus({ preventScroll: true });
  }

  private hideUnlessFocused(): void {
    const active = this.options.doc.activeElement;
    if (active && (active === this.shownFor || active === this.host)) return;
    this.hide();
  }

  /** Shows the card for a highlight; nothing when the page's last analysis has no item for it. */
  show(mark: Element): void {
    const item = this.options.item(
      mark.getAttribute(KIND_ATTRIBUTE) ?? '',
      mark.getAttribute(KEY_ATTRIBUTE) ?? '',
    );
    if (!item) return;
    const doc = this.options.doc;
    if (!this.host) {
      this.host = doc.createElement(CARD_TAG);
      const root = this.host.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = CARD_CSS;
      root.append(style);
      doc.documentElement.append(this.host);
    }
    const root = this.host.shadowRoot!;
    root.querySelector('.card')?.remove();
    root.append(this.render(item, this.options.sentence?.(mark, item) ?? item.sentence));
    this.shownFor = mark;
    this.place(mark);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = null;
    this.shownFor = null;
  }

  /** Above or below the highlight, whichever has room, and never over it; inside the viewport. */
  private place(mark: Element): void {
    const host = this.host!;
    const view = this.options.doc.defaultView!;
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
    const height = card.getBoundingClientRect().height;
    const width = card.getBoundingClientRect().width;
    const below = view.innerHeight - rect.bottom - GAP;
    const above = rect.top - GAP;
    host.style.left = `${Math.max(GAP, Math.min(rect.left, view.innerWidth - width - GAP))}px`;
    if (below >= height || below >= above) {
      host.style.top = `${rect.bottom + GAP}px`;
      host.style.bottom = '';
      card.style.maxHeight = `${Math.max(80, below - GAP)}px`;
    } else {
      host.style.top = '';
      host.style.bottom = `${view.innerHeight - rect.top + GAP}px`;
      card.style.maxHeight = `${Math.max(80, above - GAP)}px`;
    }
  }

  /** The card for an item, quoting `sentence`: the page's sentence around the highlight it is about. */
  private render(item: PageItem, sentence: string): HTMLElement {
    const { doc, t } = this.options;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
      const element = doc.createElement(tag);
      if (text !== undefined) element.textContent = text;
      if (className) element.className = className;
      return element;
    };
    const card = el('div', undefined, 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', item.kind === 'leader' ? item.name : item.text);
    const close = el('button', '×', 'close');
    close.type = 'button';
    close.setAttribute('aria-label', t('cardClose'));
    close.addEventListener('click', () => this.hide());
    card.append(close, el('p', t(item.kind === 'leader' ? 'kindLeader' : 'kindClaim'), 'kind'));
    const quote = ({ sentence, source }: SourceQuote) => {
      const block = el('blockquote', sentence);
      const cite =
        source.date && !source.label.includes(source.date) ? `${source.label}, ${source.date}` : source.label;
      block.append(el('span', cite, 'source'));
      return block;
    };
    const onPage = [el('p', t('onThisPage'), 'label'), el('blockquote', sentence)];
    if (item.kind === 'leader') {
      card.append(el('h2', item.name));
      if (item.role) card.append(el('p', item.role));
      const offices = item.page?.offices ?? [];
      if (offices.length > 1) card.append(el('p', t('officesOnPage', offices.join('; '))));
      card.append(...onPage);
      if (item.quotes.length > 0) {
        card.append(el('p', t('sourcesSay'), 'label'));
        for (const { role, source } of item.roles)
          card.append(el('p', t('roleInSource', role, source.label)));
        for (const q of item.quotes.slice(0, 2)) card.append(quote(q));
      }
    } else {
      card.append(el('h2', item.text));
      if (item.counts) card.append(el('p', t('counts', item.counts)));
      card.append(...onPage);
      const withinPage = item.page?.differing ?? [];
      if (withinPage.length > 0)
        card.append(
          el('p', t('differsOnPage', [...new Set(withinPage.map((f) => f.text))].join(', ')), 'label'),
          el('blockquote', withinPage[0].sentence),
        );
      const labels = (quotes: readonly { text: string; source: { label: string } }[]) =>
        [...new Set(quotes.map((q) => t('figureInSource', q.text, q.source.label)))].join('; ');
      // A figure no source mentions gets no line: the popup says once what the sources cover.
      if (item.status !== 'unmentioned') {
        const status =
          item.status === 'corroborated'
            ? t('statusCorroborated', [...new Set(item.agreeing.map((q) => q.source.label))].join(', '))
            : t('statusContradicted', labels(item.differing));
        card.append(el('p', status, 'label'));
        const shown = item.agreeing[0] ?? item.differing[0];
        if (shown) card.append(quote(shown));
      }
    }
    return card;
  }
}
