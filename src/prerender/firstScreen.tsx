/**
 * The first screen as HTML, made at build time from the app's own components (scripts/prerenderPlugin.ts):
 * the language choice for a new visitor and the start screen for a returning one, in each language.
 * The app then hydrates this HTML (src/main.tsx), so the first paint needs no JavaScript at all.
 *
 * Nothing personal can be in it: it is made on the build machine, where there is no vault, and every
 * part of the start screen that reads the device (the next appointment, settings, storage warnings)
 * draws nothing until the app has read it in the browser, after hydration.
 */
import '../domain/zodSetup';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../app/App';
import { languageInfo, languages, startI18n, switchLanguage, type LanguageCode } from '../i18n';
import type { Route } from '../routing';

/** Which first screen: the language choice (never chosen on this device) or the start screen. */
export type FirstScreen = 'language' | 'home';

/** The same element tree main.tsx hydrates: a difference here would be a hydration mismatch. */
export function firstScreenElement(screen: FirstScreen) {
  const initialRoute: Route | undefined = screen === 'language' ? { name: 'language' } : undefined;
  return (
    <StrictMode>
      <App initialRoute={initialRoute} />
    </StrictMode>
  );
}

let isStarted = false;

export async function renderFirstScreen(
  language: LanguageCode,
  screen: FirstScreen,
): Promise<{ html: string; dir: 'ltr' | 'rtl' }> {
  if (isStarted) await switchLanguage(language);
  else await startI18n(language);
  isStarted = true;
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(firstScreenElement(screen), {
    onError: (error) => {
      errors.push(error);
    },
  });
  let html = '';
  for await (const part of prelude) html += typeof part === 'string' ? part : Buffer.from(part).toString('utf8');
  // A part that could not render would be drawn afresh in the browser: a flash, so the build fails.
  if (errors.length > 0) throw errors[0];
  return { html, dir: languageInfo(language).dir };
}

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);
