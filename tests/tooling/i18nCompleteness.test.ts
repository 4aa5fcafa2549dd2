// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { namespaces } from '../../src/i18n/namespaces';
import { localeLanguages, localeNamespaces, readLocale } from './localeFiles';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function componentTags(text: string): string[] {
  return [...text.matchAll(/<\/?([a-zA-Z][\w-]*)\s*\/?>/g)].map((match) => match[1] ?? '').sort();
}

/** Keys without plural suffixes, and for each plural base the categories present. */
function splitPlurals(keys: Iterable<string>) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = pluralSuffix.exec(key);
    if (!match) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1] ?? ''));
  }
  return { plain, plurals };
}

const sourceLanguage = 'en';

/**
 * Texts that may stay exactly as in English: names, and words that are the same in that language.
 * Anything else left identical is most likely untranslated. Key → languages (or '*' for all).
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  // The app's name and a brand name.
  'common:appName': ['*'],
  'contacts:phoneKinds.whatsapp': ['*'],
  'contacts:channels.whatsapp': ['*'],
  // The citation keeps the report's Dutch title, authors and publication data.
  'about:source.citation': ['*'],
  // The same word in these languages.
  'check:questions.control.options.no': ['es'],
  'check:questions.safe.options.no': ['es'],
  'check:questions.debts.options.no': ['es'],
  'check:questions.health.options.no': ['es'],
  'contacts:channels.chat': ['es', 'hu', 'pt-BR', 'ro'],
  'common:nav.home': ['nl', 'pl'],
  'common:update.later': ['nl'],
  'common:readAloud.stop': ['nl'],
  'contacts:channels.website': ['nl'],
  'safety:tips.heading': ['nl'],
  'contacts:search.nearbyRegionHeading': ['pl'],
};

function mayEqualEnglish(namespace: string, key: string, language: string): boolean {
  const allowed = sameAsEnglish[`${namespace}:${key}`] ?? [];
  return allowed.includes('*') || allowed.includes(language);
}
const targetLanguages = languages.map((language) => language.code).filter((code) => code !== sourceLanguage);

describe('locale files', () => {
  it('exist for every language in the language list, and for no other', () => {
    expect(localeLanguages()).toEqual(languages.map((language) => language.code).sort());
  });

  it('include every namespace the app loads at start', () => {
    for (const namespace of namespaces) expect(localeNamespaces(sourceLanguage)).toContain(namespace);
  });
});

describe.each(targetLanguages)('the %s translation', (language) => {
  it('has exactly the namespaces of English', () => {
    expect(localeNamespaces(language)).toEqual(localeNamespaces(sourceLanguage));
  });

  describe.each(localeNamespaces(sourceLanguage))('namespace %s', (namespace) => {
    const source = readLocale(sourceLanguage, namespace);
    const target = readLocale(language, namespace);
    const sourceKeys = splitPlurals(source.keys());
    const targetKeys = splitPlurals(target.keys());

    it('has every key of English and no stray key', () => {
      expect([...targetKeys.plain].sort()).toEqual([...sourceKeys.plain].sort());
      expect([...targetKeys.plurals.keys()].sort()).toEqual([...sourceKeys.plurals.keys()].sort());
    });

    it('has every plural form this language needs', () => {
      const required = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      for (const [base, forms] of targetKeys.plurals) {
        expect({ key: base, forms: [...forms].sort() }).toEqual({ key: base, forms: required });
      }
    });

    it('leaves no text identical to English unless it is allowed to be', () => {
      const untranslated = [...target]
        .filter(([key, text]) => source.get(key) === text && !mayEqualEnglish(namespace, key, language))
        .map(([key, text]) => `${namespace}:${key} = "${text}"`);
      expect(untranslated).toEqual([]);
    });

    it('keeps the same placeholders and component tags as English, and no empty text', () => {
      for (const [key, text] of target) {
        expect(text.trim(), `${namespace}:${key} is empty`).not.toBe('');
        const sourceKey = source.has(key) ? key : `${key.replace(pluralSuffix, '')}_other`;
        const sourceText = source.get(sourceKey);
        if (sourceText === undefined) continue;
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(sourceText) });
        expect({ key, tags: componentTags(text) }).toEqual({ key, tags: componentTags(sourceText) });
      }
    });
  });
});

describe('the completeness check itself', () => {
  it('sees a placeholder mismatch', () => {
    expect(placeholders('Question {{current}} of {{total}}')).not.toEqual(
      placeholders('Vraag {{huidig}} van {{total}}'),
    );
  });

  it('allows English text only where listed', () => {
    expect(mayEqualEnglish('common', 'appName', 'th')).toBe(true);
    expect(mayEqualEnglish('common', 'nav.check', 'nl')).toBe(false);
  });

  it('sees a plural form', () => {
    expect(splitPlurals(['steps_one', 'steps_other', 'title']).plurals.get('steps')).toEqual(new Set(['one', 'other']));
  });
});
