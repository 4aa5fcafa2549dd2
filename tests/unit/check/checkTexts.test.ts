import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/check.json';
import nl from '../../../locales/nl/check.json';
import { checkQuestionListSchema, maxCheckQuestions } from '../../../src/domain/check';
import { phaseIds } from '../../../src/domain/phases';
import { checkQuestions } from '../../../src/content/check/questions';

/** Flattens nested locale JSON into `dotted.path → text`. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof value === 'string') {
    texts.set(prefix, value);
    return texts;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of flatten(child, prefix === '' ? key : `${prefix}.${key}`)) {
        texts.set(path, text);
      }
    }
  }
  return texts;
}

const locales = { en: flatten(en), nl: flatten(nl) };
const localeEntries = Object.entries(locales);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

const questionKeys = checkQuestions.flatMap((question) => [
  question.textKey,
  ...(question.hintKey === undefined ? [] : [question.hintKey]),
  ...question.options.map((option) => option.textKey),
]);

describe('the check questions', () => {
  it('are valid against the question schema', () => {
    expect(checkQuestionListSchema.safeParse(checkQuestions).success).toBe(true);
  });

  it(`number at most ${maxCheckQuestions}`, () => {
    expect(checkQuestions.length).toBeLessThanOrEqual(maxCheckQuestions);
  });

  it('let every phase be chosen', () => {
    const reachable = new Set(checkQuestions.flatMap((question) => question.options.map((option) => option.phase)));
    for (const phase of phaseIds) {
      expect(reachable).toContain(phase);
    }
  });

  it('give a way to say someone else is in control that brings safety first', () => {
    const control = checkQuestions.find((question) => question.id === 'control');
    const signals = control?.options.filter((option) => option.isSafetySignal === true).map((option) => option.id);
    expect(signals).toEqual(['yes', 'sometimes']);
  });

  it.each(questionKeys)('have the text %s in English and Dutch', (textKey) => {
    const [namespace, path] = textKey.split(':');
    expect(namespace).toBe('check');
    for (const [, texts] of localeEntries) {
      expect(texts.get(path ?? '')?.trim()).toBeTruthy();
    }
  });
});

describe('the check texts', () => {
  it('have the same keys in English and Dutch', () => {
    expect([...locales.nl.keys()].sort()).toEqual([...locales.en.keys()].sort());
  });

  it('use the same placeholders in English and Dutch', () => {
    for (const [key, text] of locales.en) {
      expect(placeholders(locales.nl.get(key) ?? ''), key).toEqual(placeholders(text));
    }
    expect(placeholders(locales.en.get('nav.progress') ?? '')).toEqual(['current', 'total']);
  });

  it.each(localeEntries)('never name a profile or label the reader (%s)', (_language, texts) => {
    const labels =
      /profile|profiel|exploit|uitbuit|uitgebuit|victim|slachtoffer|autonom|autonoom|career switch|carri[eè]reswitch|several needs|meerdere hulpvragen/i;
    for (const [key, text] of texts) {
      expect(text, key).not.toMatch(labels);
    }
  });

  it.each(localeEntries)('avoid words the app never uses (%s)', (_language, texts) => {
    const avoided = /uitstap|exit program|prostitu|hoer|redden|rescue|\bsave you\b/i;
    for (const [key, text] of texts) {
      expect(text, key).not.toMatch(avoided);
    }
  });

  it('address the Dutch reader with "je", never with "u"', () => {
    for (const [key, text] of locales.nl) {
      expect(text, key).not.toMatch(/(^|[^\p{L}])(u|uw)(?![\p{L}])/iu);
    }
  });

  it.each(localeEntries)('keep each question to one short sentence (%s)', (_language, texts) => {
    for (const question of checkQuestions) {
      const text = texts.get(question.textKey.split(':')[1] ?? '') ?? '';
      expect(wordCount(text), text).toBeLessThanOrEqual(15);
      expect(text.match(/[.?!]/g), text).toEqual(['?']);
      for (const option of question.options) {
        const optionText = texts.get(option.textKey.split(':')[1] ?? '') ?? '';
        expect(wordCount(optionText), optionText).toBeLessThanOrEqual(10);
      }
    }
  });
});
