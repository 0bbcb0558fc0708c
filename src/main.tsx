import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApi } from './app/api/client';
import { appMessages } from './app/i18n/appMessages';
import { currentLang, initI18n, registerMessages } from './app/i18n/i18n';
import { App } from './app/shell/App';
import { AppProviders } from './app/shell/AppProviders';
import './ui/tokens.css';
import './ui/base.css';

initI18n();
registerMessages('app', appMessages);
// Reads the bridge token from the URL fragment before the router sees the hash.
initApi({ lang: currentLang });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
