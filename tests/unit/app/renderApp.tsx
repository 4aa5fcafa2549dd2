import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { startI18n, type LanguageCode } from '../../../src/i18n';
import { markHistoryEntry } from '../../../src/lib/quickExit';
import type { Route } from '../../../src/routing';

/**
 * The app loads content screens lazily. Loading them once before rendering keeps tests about what a
 * person sees from depending on how fast this machine transforms modules.
 */
function preloadScreens() {
  return Promise.all([
    import('../../../src/features/about'),
    import('../../../src/features/check'),
    import('../../../src/features/contacts'),
    import('../../../src/features/explore'),
    import('../../../src/features/guides'),
    import('../../../src/features/plan'),
    import('../../../src/features/incidents'),
    import('../../../src/features/checkIn'),
  ]);
}

/** Renders the whole app in a language, as a person would see it after start-up. */
export async function renderApp(language: LanguageCode = 'nl', initialRoute?: Route) {
  await Promise.all([startI18n(language), preloadScreens()]);
  // As main.tsx does at start: the entry Verder stands on, under any guard entry.
  markHistoryEntry();
  return render(<App initialRoute={initialRoute} />);
}
