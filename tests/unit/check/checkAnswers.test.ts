import { describe, expect, it } from 'vitest';
import {
  checkQuestionSchema,
  parseCheckAnswers,
  ratherNotSay,
  toggleOption,
  withAnswer,
  type CheckQuestion,
} from '../../../src/domain/check';
import { checkAnswersSchema, checkQuestions } from '../../../src/content/check/questions';

function questionById(id: string): CheckQuestion {
  const question = checkQuestions.find((candidate) => candidate.id === id);
  if (question === undefined) {
    throw new Error(`no question ${id}`);
  }
  return question;
}

describe('checkAnswersSchema', () => {
  describe('when stored answers are valid', () => {
    it('keeps them as they are', () => {
      const stored = { now: ['stopping'], 'help-first': ['money', 'housing'], debts: ratherNotSay };
      expect(checkAnswersSchema.parse(stored)).toEqual(stored);
    });
  });

  describe('when stored answers hold ids the questions no longer know', () => {
    it('drops an unknown question', () => {
      expect(checkAnswersSchema.parse({ oldQuestion: ['yes'], debts: ['no'] })).toEqual({ debts: ['no'] });
    });

    it('drops unknown options and keeps the known ones', () => {
      expect(checkAnswersSchema.parse({ 'help-first': ['money', 'gone', 'talk'] })).toEqual({
        'help-first': ['money', 'talk'],
      });
    });

    it('treats a question whose options are all unknown as skipped', () => {
      expect(checkAnswersSchema.parse({ debts: ['gone'] })).toEqual({});
    });
  });

  describe('when stored values are malformed', () => {
    it('drops values that are neither a list of options nor "rather not say"', () => {
      const stored = { now: 'stopping', debts: 3, health: { body: true }, income: [42, 'less'], safe: null };
      expect(checkAnswersSchema.parse(stored)).toEqual({ income: ['less'] });
    });

    it('keeps one option for a single-choice question and removes doubles', () => {
      expect(checkAnswersSchema.parse({ control: ['no', 'yes'], health: ['body', 'body'] })).toEqual({
        control: ['no'],
        health: ['body'],
      });
    });

    it.each([[null], [[]], ['answers'], [7]])('fails for data that is not an object (%j)', (stored) => {
      expect(checkAnswersSchema.safeParse(stored).success).toBe(false);
    });

    it('gives no answers instead of throwing when read through parseCheckAnswers', () => {
      expect(parseCheckAnswers('broken', checkQuestions)).toEqual({});
      expect(parseCheckAnswers({ safe: ['no'] }, checkQuestions)).toEqual({ safe: ['no'] });
    });
  });
});

describe('checkQuestionSchema', () => {
  const validQuestion = {
    id: 'example',
    textKey: 'check:questions.example.text',
    isMultiple: false,
    sources: [{ kind: 'report', section: '2.4' }],
    options: [
      { id: 'a', textKey: 'check:questions.example.options.a', sources: [{ kind: 'report', section: '2.4' }] },
      { id: 'b', textKey: 'check:questions.example.options.b', sources: [{ kind: 'report', section: '2.4' }] },
    ],
  };

  it('accepts a well-formed question', () => {
    expect(checkQuestionSchema.safeParse(validQuestion).success).toBe(true);
  });

  it('refuses an option that uses the reserved id "skip"', () => {
    const question = {
      ...validQuestion,
      options: [
        ...validQuestion.options,
        { id: 'skip', textKey: 'check:x.y', sources: [{ kind: 'report', section: '2.4' }] },
      ],
    };
    expect(checkQuestionSchema.safeParse(question).success).toBe(false);
  });

  it('refuses two options with the same id', () => {
    const [first] = validQuestion.options;
    const question = { ...validQuestion, options: [first, first] };
    expect(checkQuestionSchema.safeParse(question).success).toBe(false);
  });

  it('refuses a weight outside 1 to 10', () => {
    const question = {
      ...validQuestion,
      options: [{ ...validQuestion.options[0], weights: { money: 50 } }, validQuestion.options[1]],
    };
    expect(checkQuestionSchema.safeParse(question).success).toBe(false);
  });
});

describe('withAnswer', () => {
  it('sets an answer without changing the original answers', () => {
    const before = { debts: ['no'] };
    const after = withAnswer(before, 'safe', ['yes']);
    expect(after).toEqual({ debts: ['no'], safe: ['yes'] });
    expect(before).toEqual({ debts: ['no'] });
  });

  it('removes the question when it is skipped', () => {
    expect(withAnswer({ debts: ['no'], safe: ratherNotSay }, 'safe', undefined)).toEqual({ debts: ['no'] });
  });
});

describe('toggleOption', () => {
  describe('in a single-choice question', () => {
    it('replaces the earlier choice', () => {
      expect(toggleOption(questionById('control'), ['no'], 'yes')).toEqual(['yes']);
    });
  });

  describe('in a multiple-choice question', () => {
    const health = questionById('health');

    it('adds and removes options', () => {
      expect(toggleOption(health, ['body'], 'mind')).toEqual(['body', 'mind']);
      expect(toggleOption(health, ['body', 'mind'], 'body')).toEqual(['mind']);
    });

    it('clears the other options when "no" is chosen, and clears "no" when another is chosen', () => {
      expect(toggleOption(health, ['body', 'mind'], 'no')).toEqual(['no']);
      expect(toggleOption(health, ['no'], 'body')).toEqual(['body']);
    });

    it('ignores an unknown option', () => {
      expect(toggleOption(health, ['body'], 'unknown')).toEqual(['body']);
    });
  });
});
