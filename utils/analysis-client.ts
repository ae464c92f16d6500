import { browser } from '#imports';
import { askBackground, BACKGROUND, errorText, type Analysed, type AnalyzeReply } from './messages';

/**
 * Asks the background to analyse article text, so compromise never loads into the page (asked twice
 * when the service worker was stopped mid-request). `url`, the page's address, keeps the page's own
 * kept copy from corroborating it.
 */
export async function requestAnalysis(text: string, url?: string): Promise<Analysed> {
  try {
    const reply = await askBackground<AnalyzeReply>((request) => browser.runtime.sendMessage(request), {
      target: BACKGROUND,
      type: 'analyze',
      text,
      ...(url ? { url } : {}),
    });
    return { spans: reply.spans, items: reply.items };
  } catch (error) {
    throw new Error(`Newslens: analysis failed (${errorText(error)})`);
  }
}
