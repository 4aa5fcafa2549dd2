// @vitest-environment node
/**
 * Most people stop sex work without any help (report §1.1). A text that says "your support worker"
 * leaves a reader who has none with nowhere to go. English is the source: every text must work for
 * someone with and without a support worker ("a support worker, if you have one, or …").
 */
import { describe, expect, it } from 'vitest';
import { readAllTexts } from './localeFiles';

const assumesAWorker = [
  /\byour (?:own )?(?:support )?worker\b/i,
  /\byour (?:counsellor|social worker|case worker|coach|helper)\b/i,
  /\b(?:ask|tell|call|contact|bring) your (?:support )?worker\b/i,
];

describe('texts about support workers', () => {
  it('never assume in English that the reader already has one', () => {
    const offending = [...readAllTexts('en')].filter(([, text]) =>
      assumesAWorker.some((pattern) => pattern.test(text)),
    );
    expect(offending).toEqual([]);
  });

  it('recognise the wording that assumes one', () => {
    expect(assumesAWorker.some((pattern) => pattern.test('Tell your support worker what you pay.'))).toBe(true);
    expect(assumesAWorker.some((pattern) => pattern.test('A support worker, if you have one.'))).toBe(false);
  });
});
