import { describe, expect, it } from 'vitest';
import { evaluateCheck, ratherNotSay, type CheckAnswers } from '../../../src/domain/check';
import { domainIds } from '../../../src/domain/domains';
import { checkQuestions } from '../../../src/content/check/questions';

const evaluate = (answers: CheckAnswers) => evaluateCheck(answers, checkQuestions);

const everyQuestionRatherNotSay: CheckAnswers = Object.fromEntries(
  checkQuestions.map((question) => [question.id, ratherNotSay]),
);

const severalNeeds: CheckAnswers = {
  now: ['stopping'],
  'help-first': ['housing'],
  income: ['not-enough'],
  control: ['no'],
  safe: ['yes'],
  debts: ['worried'],
  health: ['mind', 'body'],
  language: ['other'],
};

describe('evaluateCheck', () => {
  describe('when every question is skipped', () => {
    it('gives no phase, the default domain order and no safety line', () => {
      expect(evaluate({})).toEqual({
        phase: null,
        domains: [...domainIds],
        showSafetyFirst: false,
        hasAnswers: false,
      });
    });
  });

  describe('when every question is answered with "I\'d rather not say"', () => {
    it('gives exactly the same result as skipping everything', () => {
      expect(evaluate(everyQuestionRatherNotSay)).toEqual(evaluate({}));
    });
  });

  describe('when one question is answered with "I\'d rather not say"', () => {
    it.each(checkQuestions.map((question) => [question.id]))(
      'gives the same result as skipping question "%s"',
      (questionId) => {
        const withRatherNotSay: CheckAnswers = { ...severalNeeds, [questionId]: ratherNotSay };
        const skipped = Object.fromEntries(Object.entries(severalNeeds).filter(([id]) => id !== questionId));
        expect(evaluate(withRatherNotSay)).toEqual(evaluate(skipped));
      },
    );

    it.each(checkQuestions.map((question) => [question.id]))(
      'does not count as an answer when it is the only one given (question "%s")',
      (questionId) => {
        const result = evaluate({ [questionId]: ratherNotSay });
        expect(result).toEqual(evaluate({}));
        expect(result.hasAnswers).toBe(false);
      },
    );
  });

  describe('when someone else decides about money, papers, phone or work', () => {
    it.each([['yes'], ['sometimes']])('puts safety first and shows the safety line for "%s"', (optionId) => {
      const result = evaluate({ control: [optionId] });
      expect(result.showSafetyFirst).toBe(true);
      expect(result.domains[0]).toBe('safety');
    });

    it('keeps safety first even when every other answer points to money, housing and health', () => {
      const result = evaluate({
        ...severalNeeds,
        'help-first': ['money', 'housing', 'health'],
        control: ['sometimes'],
      });
      expect(result.domains[0]).toBe('safety');
    });

    it('puts the network and mental support before money, work and housing when nothing else is answered', () => {
      const { domains } = evaluate({ control: ['yes'] });
      expect(domains.slice(0, 3)).toEqual(['safety', 'network', 'health']);
    });

    it('shows no safety line when the answer is "no"', () => {
      const result = evaluate({ control: ['no'] });
      expect(result.showSafetyFirst).toBe(false);
      expect(result.domains).toEqual([...domainIds]);
      expect(result.hasAnswers).toBe(true);
    });
  });

  describe('when the person does not feel safe', () => {
    it.each([['not-always'], ['no']])('puts safety first for "%s"', (optionId) => {
      const result = evaluate({ safe: [optionId], 'help-first': ['work'] });
      expect(result.showSafetyFirst).toBe(true);
      expect(result.domains[0]).toBe('safety');
    });

    it('puts safety first when feeling safe is what they want help with', () => {
      const result = evaluate({ 'help-first': ['money', 'safety'] });
      expect(result.showSafetyFirst).toBe(true);
      expect(result.domains[0]).toBe('safety');
    });
  });

  describe('when the answers describe a practical switch to other work', () => {
    const careerSwitch: CheckAnswers = {
      now: ['considering'],
      'help-first': ['work'],
      income: ['enough'],
      control: ['no'],
      safe: ['yes'],
      debts: ['no'],
      health: ['no'],
      language: ['dutch'],
    };

    it('puts work first without a safety line', () => {
      const result = evaluate(careerSwitch);
      expect(result.domains[0]).toBe('work');
      expect(result.showSafetyFirst).toBe(false);
      expect(result.phase).toBe('considering');
    });
  });

  describe('when the answers describe several needs at once', () => {
    it('puts money, housing and health in the first three places', () => {
      const { domains, showSafetyFirst } = evaluate(severalNeeds);
      expect(new Set(domains.slice(0, 3))).toEqual(new Set(['money', 'housing', 'health']));
      expect(showSafetyFirst).toBe(false);
    });

    it('puts what the person asks for above a need that is only inferred', () => {
      const { domains } = evaluate({ 'help-first': ['return'], language: ['other'] });
      expect(domains.indexOf('return')).toBeLessThan(domains.indexOf('education'));
    });
  });

  describe('when choosing where the person is now', () => {
    it.each([
      ['working', 'working'],
      ['considering', 'considering'],
      ['stopping', 'stopping'],
      ['stopped', 'after'],
    ])('maps "%s" to the phase "%s"', (optionId, phase) => {
      expect(evaluate({ now: [optionId] }).phase).toBe(phase);
    });

    it('gives no phase when only other questions are answered, but still counts the answers', () => {
      const result = evaluate({ debts: ['worried'] });
      expect(result.phase).toBeNull();
      expect(result.hasAnswers).toBe(true);
      expect(result.domains[0]).toBe('money');
    });
  });

  describe('when scores are equal', () => {
    it('keeps the default order among them', () => {
      const { domains } = evaluate({ language: ['english'] });
      expect(domains).toEqual(['education', ...domainIds.filter((domain) => domain !== 'education')]);
    });
  });

  describe('for any single answer', () => {
    const singleAnswers = checkQuestions.flatMap((question) =>
      question.options.map((option) => [`${question.id}: ${option.id}`, { [question.id]: [option.id] }] as const),
    );

    it.each(singleAnswers)('lists all nine domains exactly once (%s)', (_label, answers) => {
      const { domains } = evaluate(answers);
      expect([...domains].sort()).toEqual([...domainIds].sort());
    });
  });

  describe('when stored answers hold ids the questions do not know', () => {
    it('ignores them', () => {
      const result = evaluate({ unknown: ['x'], debts: ['not-an-option'], now: ['rescue'] });
      expect(result).toEqual(evaluate({}));
    });

    it('counts only the first option of a single-choice question', () => {
      expect(evaluate({ control: ['no', 'yes'] })).toEqual(evaluate({ control: ['no'] }));
    });
  });
});
