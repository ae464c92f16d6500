import { render } from 'preact';
import '@/assets/popup.css';
import '@/assets/sources.css';
import { I18n } from '@/components/i18n';
import { connectToTab } from '@/utils/connector';
import { glossary } from '@/utils/glossary';
import { browserTranslate } from '@/utils/i18n';
import { App } from './App';

const root = document.getElementById('app');
// Fail loudly: a missing mount point means index.html and this file have drifted apart.
if (!root) throw new Error('Popup mount point #app not found');
document.documentElement.lang = browserTranslate('uiLanguage');
void connectToTab(location.search).then((connector) =>
  render(
    <I18n.Provider value={browserTranslate}>
      <App connector={connector} glossary={glossary} />
    </I18n.Provider>,
    root,
  ),
);
