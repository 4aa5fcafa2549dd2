import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { startI18n, type LanguageCode } from '../../../src/i18n';
import type { Route } from '../../../src/routing';

/** Renders the whole app in a language, as a person would see it after start-up. */
export async function renderApp(language: LanguageCode = 'nl', initialRoute?: Route) {
  await startI18n(language);
  return render(<App initialRoute={initialRoute} />);
}
