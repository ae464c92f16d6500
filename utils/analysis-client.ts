import { browser } from '#imports';
import { BACKGROUND, type Analysed, type AnalyzeReply } from './messages';

/**
 * Asks the background to analyse article text, so compromise never loads into the page. A service
 * worker stopped mid-request answers `undefined` or rejects with a closed channel: ask once more.
 */
export async function requestAnalysis(text: string): Promise<Analysed> {
  let lastError = 'no reply';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage({ target: BACKGROUND, type: 'analyze', text })) as
        AnalyzeReply | undefined;
      if (reply?.ok) return { spans: reply.spans, items: reply.items };
      if (reply) throw new Error(reply.error);
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`Newslens: analysis failed (${lastError})`);
}
