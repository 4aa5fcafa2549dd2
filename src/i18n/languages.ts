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
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'pt-BR', nativeName: 'Português (Brasil)', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'bg', nativeName: 'Български', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
  { code: 'hu', nativeName: 'Magyar', dir: 'ltr' },
  { code: 'th', nativeName: 'ไทย', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
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

const primaryOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The first of the browser's preferred languages that Verder has: the exact tag, else the same
 * primary language (pt-PT and pt find Brazilian Portuguese, en-GB finds English).
 */
export function matchBrowserLanguage(preferred: readonly string[]): LanguageCode | null {
  for (const tag of preferred) {
    const exact = languages.find((language) => language.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const samePrimary = languages.find((language) => primaryOf(language.code) === primaryOf(tag));
    if (samePrimary) return samePrimary.code;
  }
  return null;
}
