// First: configures zod for the CSP before any schema is evaluated.
import './domain/zodSetup';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { chooseStartLanguage } from './features/settings/chooseLanguage';
import { startI18n } from './i18n';
import { exitUrl } from './lib/exitUrl';
import { keepFocusAcrossStart } from './lib/focusAcrossStart';
import { stepOffGuardEntry } from './lib/historyGuard';
import { appReadyAttribute, leaveIfStaleEntry, leaveWhenRestoredAfterExit, markHistoryEntry } from './lib/quickExit';
import { registerServiceWorker } from './pwa';
import './styles.css';

/** Once the shell has taken over the page (it marks <html>, src/app/Shell.tsx). */
function whenAppReady(then: () => void): void {
  const html = document.documentElement;
  const observer = new MutationObserver(() => {
    if (!html.hasAttribute(appReadyAttribute)) return;
    observer.disconnect();
    then();
  });
  observer.observe(html, { attributes: true, attributeFilter: [appReadyAttribute] });
}

async function start(): Promise<void> {
  // An old entry reached with Back or Forward after quick exit: go to the neutral site, show nothing.
  // (public/quick-exit.js did the same check before the first paint; this one covers a page without it.)
  if (leaveIfStaleEntry(exitUrl)) return;
  leaveWhenRestoredAfterExit(exitUrl);
  // Reloaded on a deeper screen: off the Back guard's entry first, so it is never marked as Verder's own.
  await stepOffGuardEntry();
  markHistoryEntry();
  const { language, isChosen } = await chooseStartLanguage();
  await startI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const screen = isChosen ? 'home' : 'language';
  const app = (
    <StrictMode>
      {/* First start: the person chooses a language before anything else. */}
      <App initialRoute={isChosen ? undefined : { name: 'language' }} />
    </StrictMode>
  );
  // The HTML was prerendered for this screen and language (src/prerender): take it over as it is.
  // Any other page (a first visit in another browser language, the service worker's fallback) is
  // drawn afresh, which replaces it in one step.
  // A Tab pressed on the prerendered page keeps its place, also where the page is drawn afresh.
  const giveFocusBack = keepFocusAcrossStart(root);
  whenAppReady(giveFocusBack);
  if (root.dataset.screen === screen && root.dataset.lang === language) hydrateRoot(root, app);
  else createRoot(root).render(app);
  if (import.meta.env.PROD) registerServiceWorker();
}

void start();
