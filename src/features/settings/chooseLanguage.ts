/**
 * Which language to start in, and switching: the one chosen on this device before, else the
 * browser's language when Verder has it, else the organisation's default language for its build,
 * else Dutch.
 */
import { readLanguageSetting } from '../../data/languageSetting';
import { saveSetting } from '../../data/settings';
import { defaultLanguage, isLanguageCode, matchBrowserLanguage, switchLanguage, type LanguageCode } from '../../i18n';
import { buildDefaultLanguage } from '../../lib/buildConfig';
import { showingModeEpoch } from '../../lib/showingMode';
import { keepLanguageOffline, keepStartPage } from '../../pwa';

export async function chooseStartLanguage(
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Promise<{ language: LanguageCode; isChosen: boolean }> {
  // Read without Dexie: the first screen is hydrated in this language before the database library loads.
  // (At start "showing someone" mode holds no setting of its own yet, so the stored one is the one.)
  const saved = await readLanguageSetting();
  if (isLanguageCode(saved)) return { language: saved, isChosen: true };
  const fallback = isLanguageCode(buildDefaultLanguage) ? buildDefaultLanguage : defaultLanguage;
  return { language: matchBrowserLanguage(preferred) ?? fallback, isChosen: false };
}

/** The language's text could not be loaded: offline, and not kept on this phone yet. */
export class LanguageUnavailableError extends Error {
  constructor(
    readonly language: LanguageCode,
    options?: { cause?: unknown },
  ) {
    super(`Language ${language} is not available`, options);
    this.name = 'LanguageUnavailableError';
  }
}

/**
 * Switches the screen first, then keeps the language for offline use and remembers the choice.
 * When the language cannot be loaded the current one stays, and the caller tells the person why.
 */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  const epoch = showingModeEpoch();
  try {
    await switchLanguage(code);
  } catch (error) {
    throw new LanguageUnavailableError(code, { cause: error });
  }
  // Showing someone started or stopped while the language loaded: this choice belongs to the other mode.
  if (epoch !== showingModeEpoch()) return;
  void keepLanguageOffline(code);
  await saveSetting('language', code);
  keepStartPage();
}
