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

/**
 * An instruction to go to a support worker ("Ask a support worker…", "What helps: apply together with a
 * support worker") leaves a reader without one just as stuck. Such a sentence must say what to do
 * without one, in the same sentence or the next: "if you have one", or where to find one (Find help).
 */
const imperative = /^(?:and |or )?(?:ask|talk|tell|call|contact|have|apply|stay|keep|make|go|visit|bring)\b/i;
const withoutOne = /\bif you (?:have|want) one\b|\bunder Find help\b|\bif not\b/i;

export function instructionsThatAssumeAWorker(text: string): string[] {
  const clauses = text.split(/(?<=[.?!:])\s+/);
  return clauses.filter(
    (clause, index) =>
      imperative.test(clause) &&
      /\bsupport worker\b/i.test(clause) &&
      !withoutOne.test(clause) &&
      !withoutOne.test(clauses[index + 1] ?? ''),
  );
}

describe('texts about support workers', () => {
  it('never assume in English that the reader already has one', () => {
    const offending = [...readAllTexts('en')].filter(([, text]) =>
      assumesAWorker.some((pattern) => pattern.test(text)),
    );
    expect(offending).toEqual([]);
  });

  it('never send the reader to a support worker in English without saying what to do without one', () => {
    const offending = [...readAllTexts('en')]
      .map(([key, text]) => [key, instructionsThatAssumeAWorker(text)] as const)
      .filter(([, clauses]) => clauses.length > 0);
    expect(offending).toEqual([]);
  });

  it('recognise an instruction that assumes one', () => {
    expect(instructionsThatAssumeAWorker('Ask a support worker which course fits you.')).toHaveLength(1);
    expect(instructionsThatAssumeAWorker('What helps: apply together with a support worker.')).toHaveLength(1);
    expect(instructionsThatAssumeAWorker('Talk to a support worker. You choose what you tell.')).toHaveLength(1);
    expect(
      instructionsThatAssumeAWorker('Ask a support worker, if you have one. If not, look under Find help.'),
    ).toEqual([]);
    expect(instructionsThatAssumeAWorker('Ask a support worker. If not, look under Find help.')).toEqual([]);
    expect(instructionsThatAssumeAWorker('A support worker can help, if you have one.')).toEqual([]);
  });

  it('recognise the wording that assumes one', () => {
    expect(assumesAWorker.some((pattern) => pattern.test('Tell your support worker what you pay.'))).toBe(true);
    expect(assumesAWorker.some((pattern) => pattern.test('A support worker, if you have one.'))).toBe(false);
  });
});
