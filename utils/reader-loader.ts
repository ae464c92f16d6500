import { browser } from '#imports';
import { CONTENT, type ContentRequest } from './messages';

/** The reader's files, as WXT builds the runtime-registered content script `entrypoints/reader.content`. */
const READER_SCRIPT = '/content-scripts/reader.js';
const READER_STYLES = '/content-scripts/reader.css';

/**
 * Injects the reader and its styles into one frame of a tab (the background does, where the probe
 * found English news; the popup does, when the reader asks to analyse a page anyway); when `forced`,
 * then asks it to analyse the page though it is not English news, and waits until it has. Callers
 * inject only where the page state says no reader is loaded: a second copy would replace the first
 * (WXT invalidates the older script), which starts the page over.
 */
export async function loadReader(tabId: number, frameId: number, forced: boolean): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, files: [READER_STYLES] });
  await browser.scripting.executeScript({ target, files: [READER_SCRIPT] });
  if (!forced) return;
  const request: ContentRequest = { target: CONTENT, type: 'analyze-anyway' };
  await browser.tabs.sendMessage(tabId, request, { frameId });
}
