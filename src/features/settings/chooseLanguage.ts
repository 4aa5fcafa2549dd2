/**
 * Which language to start in: the one chosen on this device before, else the browser's language
 * when Verder has it, else Dutch.
 */
import { readSetting, saveSetting } from '../../data';
import { defaultLanguage, isLanguageCode, matchBrowserLanguage, switchLanguage, type LanguageCode } from '../../i18n';

export async function chooseStartLanguage(
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Promise<LanguageCode> {
  const saved = await readSetting('language');
  if (isLanguageCode(saved)) return saved;
  return matchBrowserLanguage(preferred) ?? defaultLanguage;
}

/** Switches the screen first, then remembers the choice; a failed save is reported, the switch stays. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await switchLanguage(code);
  await saveSetting('language', code);
}
