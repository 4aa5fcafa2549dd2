// First: configures zod for the CSP before any schema is evaluated.
import './domain/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { chooseStartLanguage } from './features/settings';
import { startI18n } from './i18n';
import { exitUrl } from './lib/exitUrl';
import { leaveIfStaleEntry, leaveWhenRestoredAfterExit, markHistoryEntry } from './lib/quickExit';
import { registerServiceWorker } from './pwa';
import './styles.css';

async function start(): Promise<void> {
  // An old entry reached with Back or Forward after quick exit: go to the neutral site, show nothing.
  if (leaveIfStaleEntry(exitUrl)) return;
  leaveWhenRestoredAfterExit(exitUrl);
  markHistoryEntry();
  const { language, isChosen } = await chooseStartLanguage();
  await startI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      {/* First start: the person chooses a language before anything else. */}
      <App initialRoute={isChosen ? undefined : { name: 'language' }} />
    </StrictMode>,
  );
  if (import.meta.env.PROD) registerServiceWorker();
}

void start();
