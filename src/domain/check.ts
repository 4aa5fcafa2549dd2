/**
 * The optional "situation check": a few neutral questions whose answers suggest where to start.
 *
 * How it works, so anyone can follow it:
 * - Every option may point to a phase, may add weights to life domains, and may be a safety signal.
 *   The weights live in the question data (src/content/check), each with the report section it rests on.
 * - A domain's score is the sum of the weights of all chosen options. Domains are shown from the highest
 *   score down; equal scores keep the neutral default order.
 * - Any safety signal puts `safety` first, whatever the scores.
 * - "Skip" (the question is absent) and "I'd rather not say" are never counted as an answer.
 * The report's three profiles (ch. 4) shaped the weights; no profile is ever computed, stored or shown.
 */
import { z } from 'zod';
import { contentIdSchema, sourcesSchema, textKeySchema } from './content';
import { domainIds, type DomainId } from './domains';
import { phaseIds, type PhaseId } from './phases';

/** One screen per question, and no more than this many screens. */
export const maxCheckQuestions = 8;

/** The stored value for "I'd rather not say". A skipped question is simply absent. */
export const ratherNotSay = 'ratherNotSay';

/** These two answers exist for every question, so no option may use their names. */
const reservedOptionIds: readonly string[] = ['skip', ratherNotSay];

/** Equal scores keep this order. It is the app's usual domain order, so it carries no judgement. */
export const defaultDomainOrder: readonly DomainId[] = domainIds;

/** How much an option adds to a domain's score: small whole numbers, so the table stays readable. */
export const domainWeightsSchema = z.partialRecord(z.enum(domainIds), z.number().int().min(1).max(10));

export const checkOptionSchema = z.object({
  id: contentIdSchema.refine(
    (id) => !reservedOptionIds.includes(id),
    'option ids "skip" and "ratherNotSay" are reserved',
  ),
  textKey: textKeySchema,
  /** The phase this answer points to, if any. */
  phase: z.enum(phaseIds).optional(),
  weights: domainWeightsSchema.optional(),
  /** A sign of danger or of someone else being in control: safety goes to the top. */
  isSafetySignal: z.boolean().optional(),
  /** In a multiple-choice question, choosing this option clears the others (e.g. "No", "I don't know yet"). */
  isExclusive: z.boolean().optional(),
  /** What the option and its weights rest on, e.g. `report ch. 4 profiles table`. */
  sources: sourcesSchema,
});

export const checkQuestionSchema = z
  .object({
    id: contentIdSchema,
    textKey: textKeySchema,
    hintKey: textKeySchema.optional(),
    isMultiple: z.boolean(),
    options: z.array(checkOptionSchema).min(2),
    sources: sourcesSchema,
  })
  .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, {
    message: 'option ids must be unique within a question',
  })
  .refine((question) => question.isMultiple || question.options.every((option) => option.isExclusive !== true), {
    message: 'only multiple-choice questions can have exclusive options',
  });

export const checkQuestionListSchema = z
  .array(checkQuestionSchema)
  .min(1)
  .max(maxCheckQuestions)
  .refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, {
    message: 'question ids must be unique',
  });

export type DomainWeights = z.infer<typeof domainWeightsSchema>;
export type CheckOption = z.infer<typeof checkOptionSchema>;
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;

/** Chosen option ids, or "I'd rather not say". */
export type CheckAnswer = readonly string[] | typeof ratherNotSay;

/** Answers by question id. A skipped question is absent. */
export type CheckAnswers = Readonly<Record<string, CheckAnswer>>;

export interface CheckResult {
  /** The phase that seems closest; null when no answer points to a phase. */
  phase: PhaseId | null;
  /** All nine domains, most relevant first. */
  domains: DomainId[];
  showSafetyFirst: boolean;
  /** False when every question was skipped or answered with "I'd rather not say". */
  hasAnswers: boolean;
}

function readAnswer(answers: Readonly<Record<string, unknown>>, questionId: string): unknown {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** The options a stored answer really chose: unknown ids and doubles are left out. */
function chosenOptions(question: CheckQuestion, answer: unknown): CheckOption[] {
  if (!Array.isArray(answer)) {
    return [];
  }
  const chosen: CheckOption[] = [];
  for (const optionId of answer) {
    const option = question.options.find((candidate) => candidate.id === optionId);
    if (option !== undefined && !chosen.includes(option)) {
      chosen.push(option);
    }
  }
  // A single-choice question counts one answer at most, even if stored data says otherwise.
  return question.isMultiple ? chosen : chosen.slice(0, 1);
}

/** Keeps only what the current questions know; anything else is dropped without failing. */
function keepKnownAnswers(raw: Readonly<Record<string, unknown>>, questions: readonly CheckQuestion[]): CheckAnswers {
  const answers: Record<string, CheckAnswer> = {};
  for (const question of questions) {
    const answer = readAnswer(raw, question.id);
    if (answer === ratherNotSay) {
      answers[question.id] = ratherNotSay;
      continue;
    }
    const optionIds = chosenOptions(question, answer).map((option) => option.id);
    if (optionIds.length > 0) {
      answers[question.id] = optionIds;
    }
  }
  return answers;
}

/**
 * A schema for answers read back from storage. Data that is not an object fails; inside an object,
 * unknown questions, unknown options and malformed values are dropped (the question counts as skipped).
 */
export function createCheckAnswersSchema(questions: readonly CheckQuestion[]) {
  return z.record(z.string(), z.unknown()).transform((raw): CheckAnswers => keepKnownAnswers(raw, questions));
}

/** Never throws: stored data that cannot be read at all gives no answers. */
export function parseCheckAnswers(input: unknown, questions: readonly CheckQuestion[]): CheckAnswers {
  const parsed = createCheckAnswersSchema(questions).safeParse(input);
  return parsed.success ? parsed.data : {};
}

/** Sets a question's answer; `undefined` means the question is skipped. */
export function withAnswer(answers: CheckAnswers, questionId: string, answer: CheckAnswer | undefined): CheckAnswers {
  const next: Record<string, CheckAnswer> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (id !== questionId) {
      next[id] = value;
    }
  }
  if (answer !== undefined) {
    next[questionId] = answer;
  }
  return next;
}

/** The choice after tapping an option: single choice replaces, multiple choice toggles. */
export function toggleOption(question: CheckQuestion, current: readonly string[], optionId: string): string[] {
  const option = question.options.find((candidate) => candidate.id === optionId);
  if (option === undefined) {
    return [...current];
  }
  if (!question.isMultiple) {
    return [optionId];
  }
  if (current.includes(optionId)) {
    return current.filter((id) => id !== optionId);
  }
  if (option.isExclusive === true) {
    return [optionId];
  }
  const exclusiveIds = question.options
    .filter((candidate) => candidate.isExclusive === true)
    .map((candidate) => candidate.id);
  return [...current.filter((id) => !exclusiveIds.includes(id)), optionId];
}

/** Whether any question has an answer (a choice, or "I'd rather not say"): what starting again would erase. */
export function hasAnyAnswer(answers: CheckAnswers): boolean {
  return Object.values(answers).some((answer) => typeof answer === 'string' || answer.length > 0);
}

/** Turns answers into a starting point. Pure: the same answers always give the same result. */
export function evaluateCheck(answers: CheckAnswers, questions: readonly CheckQuestion[]): CheckResult {
  const scores = new Map<DomainId, number>(defaultDomainOrder.map((domain) => [domain, 0]));
  let phase: PhaseId | null = null;
  let showSafetyFirst = false;
  let hasAnswers = false;

  for (const question of questions) {
    const chosen = chosenOptions(question, readAnswer(answers, question.id));
    if (chosen.length > 0) {
      hasAnswers = true;
    }
    for (const option of chosen) {
      // The first question (in question order) that points to a phase decides it.
      if (phase === null && option.phase !== undefined) {
        phase = option.phase;
      }
      if (option.isSafetySignal === true) {
        showSafetyFirst = true;
      }
      for (const domain of defaultDomainOrder) {
        scores.set(domain, (scores.get(domain) ?? 0) + (option.weights?.[domain] ?? 0));
      }
    }
  }

  const ranked = [...defaultDomainOrder].sort(
    (a, b) =>
      (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || defaultDomainOrder.indexOf(a) - defaultDomainOrder.indexOf(b),
  );
  const domains: DomainId[] = showSafetyFirst ? ['safety', ...ranked.filter((domain) => domain !== 'safety')] : ranked;

  return { phase, domains, showSafetyFirst, hasAnswers };
}
