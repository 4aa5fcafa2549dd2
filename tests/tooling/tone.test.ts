// @vitest-environment node
/**
 * Verder's tone rules, made into a check that fails the build: no "exit programme" framing, no
 * rescuing, no slurs, never calling the reader a victim. Quoting or explaining such a word is possible
 * only through the explicit allow-list below, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { localeLanguages, readAllTexts } from './localeFiles';

const bannedPerLanguage: Record<string, RegExp[]> = {
  nl: [/uitstap/i, /exitprogramma/i, /prostituee/i, /\bhoer(en)?\b/i, /\bredden\b/i, /\bgered\b/i, /\bslachtoffer/i],
  en: [/exit[- ]?program/i, /\bprostitute/i, /\bwhore/i, /\brescu(e|ing|ed)\b/i, /\bvictim/i, /\bsave you\b/i],
};

/** `namespace:key` → reason. Keep this list short; every entry needs a reason a reviewer accepts. */
const allowList: Record<string, string> = {};

describe.each(localeLanguages().filter((language) => bannedPerLanguage[language]))(
  'the tone of %s texts',
  (language) => {
    it('has no banned framing outside the allow-list', () => {
      const hits: string[] = [];
      for (const [key, text] of readAllTexts(language)) {
        if (allowList[key]) continue;
        for (const pattern of bannedPerLanguage[language] ?? []) {
          if (pattern.test(text)) hits.push(`${key}: ${pattern} in "${text}"`);
        }
      }
      expect(hits).toEqual([]);
    });
  },
);

describe('the tone check itself', () => {
  it('catches an exit-programme framing', () => {
    expect(bannedPerLanguage.en?.some((pattern) => pattern.test('Join our exit programme'))).toBe(true);
    expect(bannedPerLanguage.nl?.some((pattern) => pattern.test('Het uitstapprogramma helpt'))).toBe(true);
  });
});
