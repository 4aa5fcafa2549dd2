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
  'pt-BR': [
    /prostitut/i,
    /\bputa/i,
    /meretr/i,
    /garota de programa/i,
    /vadia/i,
    /resgat/i,
    /v[íi]tima/i,
    /programa de sa[íi]da/i,
    /sair da prostitui/i,
  ],
  es: [
    /prostitu/i,
    /\bput[ao]s?\b/i,
    /ramer[ao]/i,
    /meretriz/i,
    /v[ií]ctima/i,
    /rescat/i,
    /\bsalvar/i,
    /programa de salida/i,
    /salir de la prostituci/i,
  ],
  bg: [
    /проститу/iu,
    /курв/iu,
    /блудниц/iu,
    /спас[иеяо]/iu,
    /спасяв/iu,
    /спасен/iu,
    /жертв/iu,
    /програм\p{L}*\s+за\s+(излизане|изход)/iu,
  ],
  ro: [
    /prostitu/i,
    /curv/i,
    /t[âa]rf/i,
    /panaram/i,
    /salvator/i,
    /s[ăa] te salv/i,
    /victim/i,
    /program\w*\s+de\s+(ie[șş]ire|renun[țţ]are|reinser[țţ]ie)/i,
  ],
  pl: [
    /prostytu/i,
    /dziwk/i,
    /kurw/i,
    /tirówk/i,
    /ladacznic/i,
    /nierząd/i,
    /ofiar(?!ow)/i,
    /\bratow/i,
    /\buratow/i,
    /\bocal/i,
    /program\w* wyjści/i,
  ],
  hu: [
    /prostitu/i,
    /kurv/i,
    /ribanc/i,
    /szajh/i,
    /örömlány/i,
    /utcalány/i,
    /megment/i,
    /áldozat/i,
    /kiszáll/i,
    /kilépési program/i,
  ],
  th: [/โสเภณี/u, /กะหรี่/u, /อีตัว/u, /ขายตัว/u, /หญิงหากิน/u, /นางโลม/u, /ช่วยชีวิต/u, /เหยื่อ/u, /โปรแกรมออก/u, /โครงการออกจาก/u],
  ar: [
    /(?<![\u0621-\u064A])(?:[وف]?(?:ال|بال|لل|ب|ل|ك)?)(?:عاهر|عهر|مومس|بغايا|بغاء|دعار|داعر|شرموط|قحب)/u,
    /(?<![\u0621-\u064A])(?:[وف]?(?:ال|بال|لل|ب|ل|ك)?)(?:إنقاذ|[أين]نقذ)/u,
    /(?<![\u0621-\u064A])(?:[وف]?(?:ال|بال|لل|ب|ل|ك)?)(?:ضحي(?:ة|ت)|ضحايا)/u,
    /(?:برنامج|برامج)\s+(?:ال)?(?:خروج|انسحاب)/u,
  ],
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
  it('knows the stigmatising words of every language Verder ships', () => {
    expect(Object.keys(bannedPerLanguage).sort()).toEqual(localeLanguages());
  });

  it('catches an exit-programme framing', () => {
    expect(bannedPerLanguage.en?.some((pattern) => pattern.test('Join our exit programme'))).toBe(true);
    expect(bannedPerLanguage.nl?.some((pattern) => pattern.test('Het uitstapprogramma helpt'))).toBe(true);
  });
});
