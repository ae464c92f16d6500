import { render } from 'preact';
import '@/assets/popup.css';
import '@/assets/options.css';
import '@/assets/sources.css';
import { I18n } from '@/components/i18n';
import { browserTranslate } from '@/utils/i18n';
import { connectOptions } from '@/utils/options-connector';
import { App } from './App';

const root = document.getElementById('app');
// Fail loudly: a missing mount point means index.html and this file have drifted apart.
if (!root) throw new Error('Options mount point #app not found');
// The language the messages are in (English when the browser's own language has no translation).
document.documentElement.lang = browserTranslate('uiLanguage');
document.title = browserTranslate('optionsTitle');
render(
  <I18n.Provider value={browserTranslate}>
    <App connector={connectOptions()} />
  </I18n.Provider>,
  root,
);
