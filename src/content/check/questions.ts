/**
 * The questions of the optional situation check, with the weights that order the life domains.
 *
 * The weights follow the report's profiles table (ch. 4) and the needs per phase (§2.4), read as
 * signals rather than labels:
 * - a practical question about other work or income (a career switch) lifts `work` and a little `education`;
 * - several needs at once (debts, rent, health, language) add up to `money`, `housing`, `health`, `education`;
 * - someone else in control or not feeling safe: `safety` first, then `network` (a new network, norms)
 *   and `health` (mental support); money, work and housing come from the other answers.
 * What a person asks for themself ("help first") weighs 3, more than any need we infer from a situation.
 * Option ids are stored on the phone: never rename them.
 */
import { createCheckAnswersSchema, type CheckQuestion } from '../../domain/check';
import { report } from '../sources/cite';

const profilesTable = [report('4')];

export const checkQuestions: readonly CheckQuestion[] = [
  {
    id: 'now',
    textKey: 'check:questions.now.text',
    hintKey: 'check:questions.now.hint',
    isMultiple: false,
    sources: [report('2.4')],
    options: [
      {
        id: 'working',
        textKey: 'check:questions.now.options.working',
        phase: 'working',
        // First contact is mostly about sexual health and handling money.
        weights: { health: 1, money: 1 },
        sources: [report('2.4'), report('4')],
      },
      {
        id: 'considering',
        textKey: 'check:questions.now.options.considering',
        phase: 'considering',
        // Short-term practical help (income security) and a listening ear; fear of leaving a trusted network.
        weights: { work: 1, money: 1, network: 1 },
        sources: [report('2.4'), report('4')],
      },
      {
        id: 'stopping',
        textKey: 'check:questions.now.options.stopping',
        phase: 'stopping',
        // Fitting work and income, a benefit, a home after income drops.
        weights: { work: 1, money: 1, housing: 1 },
        sources: [report('2.4'), report('4')],
      },
      {
        id: 'stopped',
        textKey: 'check:questions.now.options.stopped',
        phase: 'after',
        // Budgeting, mental health that may surface later, low-threshold contact.
        weights: { money: 1, health: 1, network: 1 },
        sources: [report('2.4'), report('4')],
      },
    ],
  },
  {
    id: 'help-first',
    textKey: 'check:questions.helpFirst.text',
    isMultiple: true,
    sources: [report('2.4'), report('3.3')],
    options: [
      {
        id: 'money',
        textKey: 'check:questions.helpFirst.options.money',
        weights: { money: 3 },
        sources: [report('2.4')],
      },
      {
        id: 'housing',
        textKey: 'check:questions.helpFirst.options.housing',
        weights: { housing: 3 },
        sources: [report('2.4')],
      },
      {
        id: 'work',
        textKey: 'check:questions.helpFirst.options.work',
        // A career switch: other work, perhaps a temporary benefit, sometimes retraining.
        weights: { work: 3, education: 1 },
        sources: [report('2.4'), report('4')],
      },
      {
        id: 'learning',
        textKey: 'check:questions.helpFirst.options.learning',
        weights: { education: 3 },
        sources: [report('2.4')],
      },
      {
        id: 'health',
        textKey: 'check:questions.helpFirst.options.health',
        weights: { health: 3 },
        sources: [report('2.4')],
      },
      {
        id: 'talk',
        textKey: 'check:questions.helpFirst.options.talk',
        weights: { network: 3 },
        sources: [report('2.4')],
      },
      {
        id: 'safety',
        textKey: 'check:questions.helpFirst.options.safety',
        weights: { safety: 3 },
        isSafetySignal: true,
        sources: [report('2.4')],
      },
      {
        id: 'return',
        textKey: 'check:questions.helpFirst.options.return',
        weights: { return: 3 },
        sources: [...profilesTable],
      },
      {
        id: 'not-sure',
        textKey: 'check:questions.helpFirst.options.notSure',
        isExclusive: true,
        sources: [report('2.3')],
      },
    ],
  },
  {
    id: 'income',
    textKey: 'check:questions.income.text',
    isMultiple: false,
    sources: [report('2.3')],
    options: [
      {
        id: 'enough',
        textKey: 'check:questions.income.options.enough',
        sources: profilesTable,
      },
      {
        id: 'less',
        textKey: 'check:questions.income.options.less',
        weights: { money: 1, work: 1 },
        sources: [report('2.3')],
      },
      {
        id: 'not-enough',
        textKey: 'check:questions.income.options.notEnough',
        // Falling income makes high private rents hard to pay.
        weights: { money: 2, work: 1, housing: 1 },
        sources: [report('2.3')],
      },
      {
        id: 'none',
        textKey: 'check:questions.income.options.none',
        weights: { money: 2, work: 2, housing: 1 },
        sources: [report('2.4')],
      },
    ],
  },
  {
    id: 'control',
    textKey: 'check:questions.control.text',
    hintKey: 'check:questions.control.hint',
    isMultiple: false,
    sources: [...profilesTable],
    options: [
      {
        id: 'yes',
        textKey: 'check:questions.control.options.yes',
        // First safety, then a new network and norms, and mental support.
        weights: { safety: 10, network: 4, health: 3 },
        isSafetySignal: true,
        sources: [...profilesTable],
      },
      {
        id: 'sometimes',
        textKey: 'check:questions.control.options.sometimes',
        weights: { safety: 6, network: 3, health: 2 },
        isSafetySignal: true,
        sources: [...profilesTable],
      },
      {
        id: 'no',
        textKey: 'check:questions.control.options.no',
        sources: profilesTable,
      },
    ],
  },
  {
    id: 'safe',
    textKey: 'check:questions.safe.text',
    isMultiple: false,
    sources: [report('2.4'), report('2.3')],
    options: [
      {
        id: 'yes',
        textKey: 'check:questions.safe.options.yes',
        sources: [report('2.4')],
      },
      {
        id: 'not-always',
        textKey: 'check:questions.safe.options.notAlways',
        weights: { safety: 4, housing: 1 },
        isSafetySignal: true,
        sources: [report('2.4')],
      },
      {
        id: 'no',
        textKey: 'check:questions.safe.options.no',
        // A temporary safe place to stay and distance from an unsafe network.
        weights: { safety: 8, housing: 2, network: 1 },
        isSafetySignal: true,
        sources: [report('2.4')],
      },
    ],
  },
  {
    id: 'debts',
    textKey: 'check:questions.debts.text',
    isMultiple: false,
    sources: [report('2.4')],
    options: [
      {
        id: 'no',
        textKey: 'check:questions.debts.options.no',
        sources: profilesTable,
      },
      {
        id: 'paying-off',
        textKey: 'check:questions.debts.options.payingOff',
        weights: { money: 2 },
        sources: [report('2.4')],
      },
      {
        id: 'worried',
        textKey: 'check:questions.debts.options.worried',
        weights: { money: 4 },
        sources: [report('2.3')],
      },
      {
        id: 'not-sure',
        textKey: 'check:questions.debts.options.notSure',
        weights: { money: 1 },
        sources: [report('2.4')],
      },
    ],
  },
  {
    id: 'health',
    textKey: 'check:questions.health.text',
    hintKey: 'check:questions.health.hint',
    isMultiple: true,
    sources: [report('2.3'), report('2.4')],
    options: [
      {
        id: 'body',
        textKey: 'check:questions.health.options.body',
        weights: { health: 3 },
        sources: [report('2.3')],
      },
      {
        id: 'mind',
        textKey: 'check:questions.health.options.mind',
        weights: { health: 3 },
        sources: [report('2.3')],
      },
      {
        id: 'alcohol-drugs',
        textKey: 'check:questions.health.options.alcoholDrugs',
        weights: { health: 3 },
        sources: [report('2.3')],
      },
      {
        id: 'no',
        textKey: 'check:questions.health.options.no',
        isExclusive: true,
        sources: [report('2.4')],
      },
    ],
  },
  {
    id: 'language',
    textKey: 'check:questions.language.text',
    isMultiple: false,
    sources: [report('2.4'), report('4')],
    options: [
      {
        id: 'dutch',
        textKey: 'check:questions.language.options.dutch',
        sources: profilesTable,
      },
      {
        id: 'english',
        textKey: 'check:questions.language.options.english',
        weights: { education: 1 },
        sources: [report('2.4')],
      },
      {
        id: 'other',
        textKey: 'check:questions.language.options.other',
        weights: { education: 2 },
        sources: [report('2.4')],
      },
    ],
  },
];

/** Validates answers read back from the phone against the current questions. */
export const checkAnswersSchema = createCheckAnswersSchema(checkQuestions);
