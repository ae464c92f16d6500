import { browser, defineBackground } from '#imports';
import { GlossaryIndex } from '@/analysis/page-items';
import { handleBackgroundMessage, runCommand } from '@/utils/background-handlers';
import { glossary } from '@/utils/glossary';
import { loadReader } from '@/utils/reader-loader';
import { SourceLibrary } from '@/utils/source-library';

/**
 * The background hosts the analysis, so compromise loads once here and never into a page, injects the
 * reader into the tabs whose probe found English news, sets each tab's badge from what its content
 * scripts report, and runs the keyboard commands. It keeps no state about what the reader reads, but
 * for the articles the reader chose to keep as sources (or the setting kept), in IndexedDB.
 */
export default defineBackground(() => {
  const index = new GlossaryIndex(glossary);
  // The reader's kept sources, in IndexedDB: opened once, their index parts loaded with the bundled
  // glossary's. Where IndexedDB is refused (a private window in some browsers), the bundled sources serve alone.
  const library = SourceLibrary.open(glossary);
  library.catch((error: unknown) => console.error('Newslens: the kept sources could not be opened', error));
  // Manifest V3's `action`; Firefox's Manifest V2 build has `browserAction`, the same badge calls.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, text: string) =>
    void action.setBadgeText({ tabId, text }).catch(() => {
      // The tab closed meanwhile.
    });
  browser.runtime.onMessage.addListener((message, sender) =>
    handleBackgroundMessage(message, sender, { index, library, setBadge, loadReader }),
  );
  action.setBadgeBackgroundColor({ color: '#1f5fbf' }).catch(() => undefined);
  browser.commands.onCommand.addListener((command) => void runCommand(command));
});
