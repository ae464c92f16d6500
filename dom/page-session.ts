import type { HighlightSpan } from '@/analysis/highlights';
import type { PageItem } from '@/analysis/page-items';
import { detectArticle, type ArticleDetection } from './detect-article';
import { storyRoots } from './page-text-roots';
import { isStoryFurniture } from './story-furniture';
import { Highlighter, type NodeWork } from './highlighter';
import { TextIndexReader, type TextIndex } from './text-index';

/** What a page session needs from the extension, passed in so the session runs in tests without one. */
export interface PageSessionOptions {
  doc: Document;
  /** The page's detection, when it was just made (by the probe) and need not be made again. */
  detected?: { detection: ArticleDetection; ms: number } | null;
  /** Analyses article text off the page's main thread (in the background). */
  analyze: (text: string) => Promise<SessionAnalysis>;
  /** Called whenever what the page shows changes: detection, highlight counts. */
  report: (status: PageSessionStatus) => void;
  /** Which kinds to show; null when highlights are off on this page. */
  kinds: ReadonlySet<string> | null;
  /** Most characters analysed; the rest of a longer article is left unhighlighted and reported. */
  maxChars: number;
  /** Main-thread budget of one slice of DOM work, in milliseconds. */
  sliceMs?: number;
  /** Quiet time after the page's last change before the article is read again. */
  debounceMs?: number;
  /** Ends the session: observers and timers stop, highlights are removed. */
  signal: AbortSignal;
}

/** What the analysis returns for a text: spans to highlight, and the items the popup and cards show. */
export interface SessionAnalysis {
  spans: HighlightSpan[];
  items: PageItem[];
}

export interface PageSessionStatus {
  article: Pick<ArticleDetection, 'isNews' | 'readable' | 'language' | 'score' | 'signals'>;
  leaders: number;
  claims: number;
  skippedChars: number;
  detectMs: number;
}

/** Above this many characters the visible part of the article is analysed first, then the whole. */
const FIRST_WINDOW_CHARS = 30_000;
/** Added content counts as a new part of the article when it holds at least this much text. */
const SIGNIFICANT_TEXT = 200;

/** Most text nodes cut in one slice: the browser lays out what changed before the next frame. */
const NODES_PER_SLICE = 15;

/**
 * A page that takes the highlights out again and again (a script that fights extensions) is left
 * alone after this many rounds, each within `FIGHT_WINDOW_MS` of the last, until the settings change.
 */
const MAX_STRIPS = 3;
const FIGHT_WINDOW_MS = 10_000;

/** Set for a moment on a mark the reader asked to see (styled by the content script's CSS). */
export const FLASH_ATTRIBUTE = 'data-newslens-flash';
const FLASH_MS = 1_600;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One page's life with Newslens: decide whether it is a news article, read its body, have it
 * analysed, show the highlights in slices (visible text first), follow the page's own changes,
 * and take everything back out when highlights are turned off or the session ends.
 */
export class PageSession {
  private readonly highlighter: Highlighter;
  private readonly observer: MutationObserver;
  private readonly sliceMs: number;
  private readonly debounceMs: number;
  private kinds: ReadonlySet<string> | null;
  private detection: ArticleDetection | null = null;
  /** The elements read for the story, and the detection they were worked out from. */
  private roots: { detection: ArticleDetection | null; elements: Element[] } | null = null;
  private detectMs = 0;
  /** The detection handed in, until the first `detect` takes it. */
  private detected: PageSessionOptions['detected'];
  private index: TextIndex | null = null;
  private analysedText = '';
  private spans: HighlightSpan[] = [];
  private analysedItems: PageItem[] = [];
  /** The reader asked for this page to be analysed though detection did not take it for English news. */
  private forced = false;
  /** The mark last revealed or moved to, so the next request goes on from there. */
  private lastVisited: Element | null = null;
  private shown = { leaders: 0, claims: 0 };
  private skippedChars = 0;
  /** Bumped by every new render or clear, so a slice of older work stops. */
  private generation = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The index no longer matches the page: the page or the highlighter changed it since. */
  private indexDirty = true;
  /** Counts the page's own changes, so a read that spans several tasks knows when to start again. */
  private pageChanges = 0;
  private firstChangeAt = 0;
  /** Rounds in which the page took highlights out, and when the last was. */
  private strips = 0;
  private lastStripAt = -Infinity;
  /** The page fought the highlights: none are shown until the settings change. */
  private gaveUp = false;

  constructor(private readonly options: PageSessionOptions) {
    this.highlighter = new Highlighter(options.doc);
    this.kinds = options.kinds;
    this.detected = options.detected;
    this.sliceMs = options.sliceMs ?? 8;
    this.debounceMs = options.debounceMs ?? 300;
    const view = options.doc.defaultView;
    this.observer = new (view?.MutationObserver ?? MutationObserver)((records) => this.onMutations(records));
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Detects the article and, when it is English news, analyses and highlights it. */
  async start(): Promise<void> {
    if (!this.detect()) return;
    this.report();
    if (!this.readableNews()) return;
    this.observe();
    // Reading the article is a task of its own, apart from detection.
    await nextTask();
    await this.readAndHighlight();
  }

  /** Shows the given kinds (after a settings change), or removes every highlight when `kinds` is null. */
  async setKinds(kinds: ReadonlySet<string> | null): Promise<void> {
    this.kinds = kinds;
    // The reader chose again: a page that fought the highlights gets another chance.
    if (this.gaveUp) {
      this.gaveUp = false;
      this.strips = 0;
      this.observe();
    }
    if (!this.readableNews()) return;
    // Turning highlights back on reuses the analysis when the article's text has not changed.
    if (kinds) await this.readAndHighlight();
    else this.clear();
  }

  /**
   * With highlights off, the page's leaders and figures are still listed in the popup: the article is
   * read and analysed when the popup asks, but nothing is highlighted. With highlights on, or once
   * analysed, this does nothing.
   */
  async analyseForLists(): Promise<void> {
    if (this.kinds || this.options.signal.aborted || !this.readableNews() || this.analysedText) return;
    const index = await this.readIndex();
    if (!index || this.kinds || this.analysedText) return;
    const { spans, items } = await this.options.analyze(index.text);
    // Highlights came back on meanwhile: their own analysis stands.
    if (this.kinds || this.options.signal.aborted) return;
    this.index = index;
    this.spans = spans;
    this.analysedItems = items;
    this.analysedText = index.text;
  }

  /** Reads the page again (client-side navigation, content added later) and updates the highlights. */
  async refresh(): Promise<void> {
    if (!this.detect()) return;
    if (!this.readableNews()) {
      this.clear();
      return;
    }
    if (!this.gaveUp) this.observe();
    await this.readAndHighlight();
  }

  /** The leaders and figures of the last analysis, in order of first mention. */
  get items(): readonly PageItem[] {
    return this.analysedItems;
  }

  /**
   * The page's sentence of the mention a highlight shows (the card quotes it), or undefined when the
   * last analysis does not place it (a span carried over a change of the page's text).
   */
  sentenceOf(mark: Element, item: PageItem): string | undefined {
    const start = this.highlighter.spanStartOf(mark);
    const page = item.page;
    if (start === undefined || !page) return undefined;
    const mention = page.mentionsAt.find((m) => m.start === start);
    return mention ? page.sentences[mention.sentence] : undefined;
  }

  /** The article text last analysed: what keeping the page as a source stores. Empty before. */
  get text(): string {
    return this.analysedText;
  }

  /** Whether the page was analysed as English news, not only on the reader's request. */
  get isNews(): boolean {
    return Boolean(this.detection?.isNews && this.detection.readable);
  }

  /**
   * Matches the analysed text against the sources again, after sources were kept or removed: the
   * items change, the highlights stay.
   */
  async rematch(): Promise<void> {
    const text = this.analysedText;
    if (!text || this.options.signal.aborted) return;
    const { items } = await this.options.analyze(text);
    if (text !== this.analysedText || this.options.signal.aborted) return;
    this.analysedItems = items;
    this.report();
  }

  /** Whether an element is one of this session's highlights. */
  owns(element: Element): boolean {
    return this.highlighter.owns(element);
  }

  /** Whether the reader asked for the page to be analysed though it is not English news. */
  get isForced(): boolean {
    return this.forced;
  }

  /** Analyses the page on the reader's request, whatever detection decided: the story, else the whole body. */
  async analyzeAnyway(): Promise<void> {
    if (this.options.signal.aborted || this.readableNews()) return;
    this.forced = true;
    this.observe();
    await this.readAndHighlight();
  }

  /**
   * Scrolls to a mention of `key` and marks it for a moment: the first mention, then on each new
   * request the next one. False when the page shows no highlight of it.
   */
  reveal(kind: string, key: string): boolean {
    const marks = this.highlighter.marksOf(kind, key);
    if (marks.length === 0) return false;
    const after = this.lastVisited ? marks.indexOf(this.lastVisited) : -1;
    const mark = marks[(after + 1) % marks.length];
    this.visit(mark);
    this.write(() => mark.setAttribute(FLASH_ATTRIBUTE, ''));
    setTimeout(() => this.write(() => mark.removeAttribute(FLASH_ATTRIBUTE)), FLASH_MS);
    return true;
  }

  /** Moves the keyboard focus to the highlight after the last one visited, so its card shows. */
  focusNext(): boolean {
    const marks = this.highlighter.marksOf();
    if (marks.length === 0) return false;
    const after = this.lastVisited ? marks.indexOf(this.lastVisited) : -1;
    const mark = marks[(after + 1) % marks.length];
    // Focusable only while visited: a mark is not a stop in the page's own tab order.
    this.write(() => mark.setAttribute('tabindex', '-1'));
    mark.addEventListener('blur', () => this.write(() => mark.removeAttribute('tabindex')), { once: true });
    this.visit(mark);
    (mark as HTMLElement).focus({ preventScroll: true });
    return true;
  }

  private visit(mark: Element): void {
    this.lastVisited = mark;
    const doc = this.options.doc;
    // Smooth unless the reader prefers less motion, or the tab is hidden (the popup opened as a tab).
    const instant = doc.hidden || doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: instant ? 'auto' : 'smooth' });
  }

  /** Decides again whether the page is news, and times it; false once the session has ended. */
  private detect(): boolean {
    if (this.options.signal.aborted) return false;
    // The first time, the detection handed in (once) stands for the page.
    const given = this.detected;
    if (given) {
      this.detected = null;
      this.detection = given.detection;
      this.detectMs = given.ms;
      return true;
    }
    const started = performance.now();
    this.detection = detectArticle(this.options.doc);
    this.detectMs = performance.now() - started;
    return true;
  }

  private readableNews(): boolean {
    return this.forced || Boolean(this.detection?.isNews && this.detection.readable);
  }

  /**
   * Where the article is: the story detection found with its lead (`storyRoots`), else (analysed on
   * request) the whole body. Worked out afresh when the text is read (`fresh`); between reads, for
   * each change the page makes, the last answer is reused.
   */
  private articleRoots(fresh = false): Element[] {
    if (fresh || !this.roots || this.roots.detection !== this.detection) {
      const found = this.detection ? storyRoots(this.options.doc, this.detection) : [];
      const body = this.options.doc.body;
      this.roots = { detection: this.detection, elements: found.length > 0 || !body ? found : [body] };
    }
    return this.roots.elements;
  }

  /** Removes every highlight, restoring the page's DOM exactly. */
  clear(): void {
    this.generation++;
    this.write(() => this.highlighter.clear());
    this.shown = { leaders: 0, claims: 0 };
    this.report();
  }

  private stop(): void {
    clearTimeout(this.refreshTimer);
    this.observer.disconnect();
    this.clear();
  }

  /**
   * Reads the article's text in slices of at most `sliceMs`, starting again when the page changes
   * meanwhile; null when the session ends or the page never holds still long enough.
   */
  private async readIndex(): Promise<TextIndex | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.detection || this.options.signal.aborted) return null;
      const changes = this.pageChanges;
      const reader = new TextIndexReader(this.articleRoots(true), isStoryFurniture);
      while (!reader.read(performance.now() + this.sliceMs)) {
        await nextTask();
        if (this.options.signal.aborted) return null;
        if (this.pageChanges !== changes) break;
      }
      if (this.pageChanges !== changes) continue;
      this.indexDirty = false;
      return this.limited(reader.result());
    }
    return null;
  }

  /** The index cut to `maxChars` at the last block break before it; the rest is reported as skipped. */
  private limited(index: TextIndex): TextIndex {
    if (index.text.length <= this.options.maxChars) {
      this.skippedChars = 0;
      return index;
    }
    // Past the limit, analyse up to the last block break before it: the first part is highlighted.
    const cut = index.text.lastIndexOf('\n\n', this.options.maxChars);
    const end = cut > 0 ? cut : this.options.maxChars;
    this.skippedChars = index.text.length - end;
    return {
      text: index.text.slice(0, end),
      segments: index.segments.filter((segment) => segment.end <= end),
    };
  }

  private async readAndHighlight(): Promise<void> {
    // Highlights off: nothing is analysed until they are turned on.
    if (!this.kinds || this.gaveUp) return;
    const index = await this.readIndex();
    if (!index) return;
    this.index = index;
    if (index.text === this.analysedText) {
      if (this.kinds) await this.render(this.spans);
      return;
    }
    const generation = ++this.generation;
    if (index.text.length > FIRST_WINDOW_CHARS) {
      // A long article: the part on screen is analysed and shown first, then the whole.
      const [from, to] = this.visibleWindow(index);
      // A window that is the whole text is analysed once, below.
      if (to - from < index.text.length) {
        const first = await this.options.analyze(index.text.slice(from, to));
        if (generation !== this.generation || this.options.signal.aborted) return;
        this.analysedItems = first.items;
        await this.render(
          first.spans.map((span) => ({ ...span, start: span.start + from, end: span.end + from })),
          generation,
        );
        if (generation !== this.generation) return;
      }
    }
    const { spans, items } = await this.options.analyze(index.text);
    if (generation !== this.generation || this.options.signal.aborted) return;
    this.spans = spans;
    this.analysedItems = items;
    this.analysedText = index.text;
    await this.render(spans, generation);
  }

  /** Makes the page show exactly `spans` (of the shown kinds), in slices, visible text first. */
  private async render(spans: readonly HighlightSpan[], generation = ++this.generation): Promise<void> {
    const kinds = this.kinds;
    const analysed = this.index?.text;
    // Index again when marks have cut text nodes since (they never change the text) or the page changed.
    const index = this.indexDirty ? await this.readIndex() : this.index;
    if (!index || !kinds || generation !== this.generation) return;
    if (index.text !== analysed) {
      // The page changed its text since it was read (a live clock, a counter): show the spans the
      // change left alone now, and read the page again once it settles.
      this.scheduleRefresh();
      if (analysed === undefined) return;
      spans = carrySpans(spans, analysed, index.text);
    }
    this.index = index;
    if (this.fought()) return;
    const wanted = spans.filter((span) => kinds.has(span.kind));
    const plan = this.highlighter.plan(index, wanted);
    this.write(() => this.highlighter.removeExcept(plan.keep));
    const focus = this.visibleOffset(index);
    // Visible text first: work at or after the first visible character, nearest first, then what is above.
    const work = plan.work.sort((a, b) => rank(a, focus) - rank(b, focus));
    let stale = false;
    for (let i = 0; i < work.length;) {
      if (generation !== this.generation || this.options.signal.aborted) return;
      const sliceStart = performance.now();
      const sliceEnd = i + NODES_PER_SLICE;
      this.write(() => {
        for (; i < work.length && i < sliceEnd && performance.now() - sliceStart < this.sliceMs; i++)
          if (!this.highlighter.wrap(work[i])) stale = true;
      });
      if (i < work.length) await this.nextSlice();
    }
    this.shown = {
      leaders: wanted.filter((span) => span.kind === 'leader').length,
      claims: wanted.filter((span) => span.kind === 'claim').length,
    };
    this.report();
    // The page changed under the plan: read it again once it settles.
    if (stale) this.scheduleRefresh();
  }

  /**
   * Whether the page keeps taking the highlights out: then the session stops following it and
   * takes its remaining marks out itself, so the two never fight on.
   */
  private fought(): boolean {
    if (!this.highlighter.lostAny()) return false;
    const now = performance.now();
    this.strips = now - this.lastStripAt < FIGHT_WINDOW_MS ? this.strips + 1 : 1;
    this.lastStripAt = now;
    if (this.strips <= MAX_STRIPS) return false;
    this.gaveUp = true;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.observer.disconnect();
    this.clear();
    return true;
  }

  /** Runs a change of the page's DOM so that the session's own observer never reacts to it. */
  private write(change: () => void): void {
    // Records already queued are the page's own changes, made in this same task before ours (a
    // client-side navigation swaps the article right after the event that made the session read it).
    const pending = this.observer.takeRecords();
    change();
    this.observer.takeRecords();
    this.indexDirty = true;
    if (pending.length > 0) this.onMutations(pending);
  }

  /** Waits for the next frame, so the page lays out one slice before the next; in a hidden tab, the next task. */
  private nextSlice(): Promise<void> {
    const view = this.options.doc.defaultView;
    if (!view || this.options.doc.hidden) return nextTask();
    return new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
  }

  private observe(): void {
    const body = this.options.doc.body;
    if (!body) return;
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    this.indexDirty = true;
    this.pageChanges++;
    if (records.some((record) => this.matters(record))) this.scheduleRefresh();
  }

  /** Whether a change made by the page touches the article: inside its body, replacing it, or adding text. */
  private matters(record: MutationRecord): boolean {
    const roots = this.articleRoots();
    const target = record.target;
    if (this.highlighter.owns(target) || (target.parentNode && this.highlighter.owns(target.parentNode)))
      return false;
    if (roots.some((root) => root.contains(target))) return true;
    if (roots.some((root) => !root.isConnected)) return true;
    for (const node of record.addedNodes)
      if (node.nodeType === 1 && (node.textContent?.length ?? 0) >= SIGNIFICANT_TEXT) return true;
    return false;
  }

  /** Debounced, but a page that never stops changing is still read at most once per `debounceMs * 4`. */
  private scheduleRefresh(): void {
    const now = performance.now();
    if (this.refreshTimer === undefined) this.firstChangeAt = now;
    clearTimeout(this.refreshTimer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstChangeAt + this.debounceMs * 4 - now));
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh().catch((error: unknown) => console.debug('Newslens: refresh failed', error));
    }, wait);
  }

  /** The offset in the index of the first character on screen, or 0 when the browser cannot tell. */
  private visibleOffset(index: TextIndex): number {
    const doc = this.options.doc;
    const view = doc.defaultView;
    if (!view || index.segments.length === 0) return 0;
    const x = Math.max(1, Math.min(view.innerWidth / 2, 400));
    for (const y of [view.innerHeight * 0.25, view.innerHeight * 0.5, view.innerHeight * 0.75]) {
      const node = caretNode(doc, x, y);
      if (!node) continue;
      const segment = index.segments.find((s) => s.node === node);
      if (segment) return segment.start;
    }
    // Nothing of the article under those points (it starts below the fold): begin at its start.
    return 0;
  }

  /** The part of a long article around what is on screen, cut at block breaks. */
  private visibleWindow(index: TextIndex): [number, number] {
    const at = this.visibleOffset(index);
    const text = index.text;
    const fromBreak = text.lastIndexOf('\n\n', Math.max(0, at - 2_000));
    const limit = Math.min(text.length, at + FIRST_WINDOW_CHARS);
    let to = text.indexOf('\n\n', limit);
    // One block much longer than the window (a single huge paragraph): end at the next sentence.
    if (to < 0 || to > limit + FIRST_WINDOW_CHARS) {
      const sentence = text.indexOf('. ', limit);
      const space = text.indexOf(' ', limit);
      to = sentence >= 0 && sentence < limit + 2_000 ? sentence + 1 : space >= 0 ? space : text.length;
    }
    return [fromBreak < 0 ? 0 : fromBreak, to];
  }

  private report(): void {
    const detection = this.detection;
    if (!detection) return;
    this.options.report({
      article: {
        isNews: detection.isNews,
        readable: detection.readable,
        language: detection.language,
        score: detection.score,
        signals: detection.signals,
      },
      leaders: this.kinds ? this.shown.leaders : 0,
      claims: this.kinds ? this.shown.claims : 0,
      skippedChars: this.skippedChars,
      detectMs: this.detectMs,
    });
  }
}

/**
 * Spans found in `before`, moved onto `after`: a page changes one stretch of its text at a time, so
 * the spans before it keep their offsets, those after it shift by the change in length, and those
 * in it are dropped until the text is analysed again.
 */
function carrySpans(spans: readonly HighlightSpan[], before: string, after: string): HighlightSpan[] {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  const shift = after.length - before.length;
  return spans.flatMap((span) => {
    if (span.end <= head) return [span];
    if (span.start >= before.length - tail)
      return [{ ...span, start: span.start + shift, end: span.end + shift }];
    return [];
  });
}

/** Work at or after the focus comes first, nearest first; then work above it, nearest first. */
function rank(work: NodeWork, focus: number): number {
  return work.at >= focus ? work.at - focus : Number.MAX_SAFE_INTEGER / 2 + (focus - work.at);
}

/** The text node under a point of the viewport, with whichever caret API the browser has. */
function caretNode(doc: Document, x: number, y: number): Node | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function')
    return withPosition.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (typeof withPosition.caretRangeFromPoint === 'function')
    return withPosition.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}
