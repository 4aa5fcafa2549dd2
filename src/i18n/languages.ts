/**
 * The languages Verder speaks, each named in its own language and script so a person can find theirs
 * without reading Dutch. `dir` drives <html dir>; the layout uses CSS logical properties throughout.
 */
export interface LanguageInfo {
  code: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const languages = [
  { code: 'nl', nativeName: 'Nederlands', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type LanguageCode = (typeof languages)[number]['code'];

/** Dutch is the default: the app is for people in the Netherlands, and partners work in Dutch. */
export const defaultLanguage: LanguageCode = 'nl';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && languages.some((language) => language.code === value);
}

export function languageInfo(code: LanguageCode): LanguageInfo {
  return languages.find((language) => language.code === code) ?? languages[0];
}

/** The first of the browser's preferred languages that Verder has, matched on the primary subtag. */
export function matchBrowserLanguage(preferred: readonly string[]): LanguageCode | null {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(primary)) return primary;
  }
  return null;
}
