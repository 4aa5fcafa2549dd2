/**
 * The shape of a personal plan. It lives only on the person's phone; these schemas check every
 * record read from storage or from an imported file, because both can hold anything.
 * Field limits keep one bad paste from filling the phone.
 */
import { z } from 'zod';
import { isoDateSchema, refuseOtherEraYears, timeSchema } from './calendarSchemas';
import { contentIdSchema } from './content';
import { domainIds } from './domains';
import { isMoneyKind, parseMoneyItem, type MoneyItem } from './moneyItems';

import { checkInItemSchema, type CheckInItem } from './checkIn';
import { incidentItemSchema, type IncidentItem } from './incident';
import { checkAnswersRecordId, savedPlaceRecordId, startScreenRecordId } from './vaultSettings';

export const planItemKinds = ['goal', 'step', 'appointment', 'contact', 'talent', 'safetyNet', 'note'] as const;
export type PlanItemKind = (typeof planItemKinds)[number];

export const stepStatuses = ['todo', 'doing', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/**
 * Talents to choose from: the first six are the ones the report names (§3.3: social, helpful,
 * persistent, negotiating, selling, reading people); the rest are common strengths added by us.
 * People can always write their own words too.
 */
export const talentIds = [
  'social',
  'helpful',
  'persistent',
  'negotiating',
  'selling',
  'readingPeople',
  'languages',
  'discreet',
  'flexible',
  'ownBusiness',
] as const;
export type TalentId = (typeof talentIds)[number];

export const shortTextLimit = 200;
export const longTextLimit = 4000;

const shortText = z.string().trim().max(shortTextLimit, 'tooLong');
const longText = z.string().trim().max(longTextLimit, 'tooLong');
const requiredShort = shortText.min(1, 'required');
const requiredLong = longText.min(1, 'required');
const optionalShort = shortText.optional().default('');
const optionalLong = longText.optional().default('');

export { isoDateSchema, timeSchema };
const optionalDate = z
  .union([isoDateSchema, z.literal('')])
  .optional()
  .default('');
const optionalTime = z
  .union([timeSchema, z.literal('')])
  .optional()
  .default('');

/** A phone number as people write it: digits with spaces, dashes, brackets or a leading +. */
export const ownPhoneSchema = z
  .string()
  .trim()
  .max(40, 'tooLong')
  .refine((value) => value === '' || (/^\+?[\d\s\-().]+$/.test(value) && value.replace(/\D/g, '').length >= 3), 'phone')
  .optional()
  .default('');

const base = {
  id: z.string().min(1).max(64),
  /** Position within its kind; fractional, so a move rewrites one record (two tabs never clash). */
  order: z.number().finite(),
  updatedAt: z.number().finite().nonnegative(),
};

export const goalFields = z.object({ domain: z.enum(domainIds), text: requiredLong });
export const stepFields = z
  .object({
    text: optionalLong,
    contentId: contentIdSchema.optional(),
    domain: z
      .union([z.enum(domainIds), z.literal('')])
      .optional()
      .default(''),
    status: z.enum(stepStatuses).default('todo'),
    date: optionalDate,
  })
  .refine((step) => step.text !== '' || step.contentId !== undefined, { message: 'required', path: ['text'] });
export const appointmentFields = z.object({
  /** What the appointment is for ("Gemeente, loket bijstand"); older appointments have none. */
  what: optionalShort,
  date: isoDateSchema,
  time: optionalTime,
  place: optionalShort,
  withWhom: optionalShort,
  note: optionalLong,
});
export const contactFields = z.object({
  name: requiredShort,
  role: optionalShort,
  phone: ownPhoneSchema,
  note: optionalLong,
});
export const talentFields = z
  .object({
    talentId: z
      .union([z.enum(talentIds), z.literal('')])
      .optional()
      .default(''),
    text: optionalShort,
  })
  .refine((talent) => talent.talentId !== '' || talent.text !== '', { message: 'required', path: ['text'] });
export const safetyNetFields = z.object({ when: requiredLong, then: requiredLong, call: optionalShort });
export const noteFields = z.object({ text: requiredLong });

export const planItemFieldSchemas = {
  goal: goalFields,
  step: stepFields,
  appointment: appointmentFields,
  contact: contactFields,
  talent: talentFields,
  safetyNet: safetyNetFields,
  note: noteFields,
} as const;

export type PlanItemFields = { [K in PlanItemKind]: z.output<(typeof planItemFieldSchemas)[K]> };

export type PlanItemOf<K extends PlanItemKind> = PlanItemFields[K] & {
  kind: K;
  id: string;
  order: number;
  updatedAt: number;
};
export type PlanItem = { [K in PlanItemKind]: PlanItemOf<K> }[PlanItemKind];

// One object per kind, picked by `kind` first: far quicker to check than trying every kind in turn,
// which matters for a plan of thousands of items.
const itemSchemas = planItemKinds.map((kind) => {
  const fields = planItemFieldSchemas[kind];
  const object = z.object({ kind: z.literal(kind), ...base, ...fields.shape });
  return kind === 'step' || kind === 'talent' ? object.check(...((fields._zod.def.checks ?? []) as never[])) : object;
});

export const planItemSchema = z.discriminatedUnion(
  'kind',
  itemSchemas as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<PlanItem>;

export function parsePlanItem(value: unknown): PlanItem | undefined {
  const result = planItemSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The situation check's answers, when the person keeps them: one record in the same vault as the plan,
 * so the lock, the copy and "delete everything" cover them too. The answers are checked again by
 * src/domain/check against today's questions when read; this schema only bounds their size.
 */
export { checkAnswersRecordId };
const answerValue = z.union([z.array(z.string().max(64)).max(32), z.string().max(64)]);
export const checkAnswersItemSchema = z.object({
  kind: z.literal('checkAnswers'),
  id: z.literal(checkAnswersRecordId),
  order: z.number().finite(),
  updatedAt: z.number().finite().nonnegative(),
  answers: z.record(z.string().max(64), answerValue),
});
export type CheckAnswersItem = z.output<typeof checkAnswersItemSchema>;

/**
 * The place chosen in Find help, when the person keeps it in their plan: only the municipality's id,
 * so that nothing but a place in the shipped list can be stored. A place is personal (it says where
 * someone lives or works), so it is a vault record like any other.
 */
export { savedPlaceRecordId };
export const savedPlaceItemSchema = z.object({
  kind: z.literal('savedPlace'),
  id: z.literal(savedPlaceRecordId),
  order: z.number().finite(),
  updatedAt: z.number().finite().nonnegative(),
  municipalityId: contentIdSchema.max(80),
});
export type SavedPlaceItem = z.output<typeof savedPlaceItemSchema>;

/**
 * "Show my next appointment on the start screen": off unless the person turns it on. It is a vault
 * record, not a setting, so that a closed lock hides even the choice, and a copy carries it along.
 */
export { startScreenRecordId };
export const startScreenItemSchema = z.object({
  kind: z.literal('startScreen'),
  id: z.literal(startScreenRecordId),
  order: z.number().finite(),
  updatedAt: z.number().finite().nonnegative(),
  showNextAppointment: z.literal(true),
});
export type StartScreenItem = z.output<typeof startScreenItemSchema>;

/** Everything the vault can hold: plan items, and the records of other personal capabilities. */
export type VaultItem =
  PlanItem | CheckAnswersItem | SavedPlaceItem | MoneyItem | IncidentItem | StartScreenItem | CheckInItem;

/** The records that are not plan items, each with its own schema (money has its own module). */
const otherVaultSchemas: Record<string, z.ZodType<VaultItem>> = {
  checkAnswers: checkAnswersItemSchema,
  savedPlace: savedPlaceItemSchema,
  incident: incidentItemSchema,
  startScreen: startScreenItemSchema,
  checkIn: checkInItemSchema,
};

export function isPlanItem(item: VaultItem): item is PlanItem {
  return !(item.kind in otherVaultSchemas) && !isMoneyKind(item.kind);
}

export function parseVaultItem(value: unknown): VaultItem | undefined {
  const kind = value && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  if (isMoneyKind(kind)) return parseMoneyItem(value);
  const schema =
    typeof kind === 'string' && Object.hasOwn(otherVaultSchemas, kind) ? otherVaultSchemas[kind] : undefined;
  if (schema) {
    const result = schema.safeParse(value);
    return result.success ? result.data : undefined;
  }
  return parsePlanItem(value);
}

/** Field errors as short codes ('required', 'tooLong', 'date', 'time', 'phone'); the UI translates them. */
export function validateFields<K extends PlanItemKind>(
  kind: K,
  input: Record<string, unknown>,
): { ok: true; fields: PlanItemFields[K] } | { ok: false; errors: Record<string, string> } {
  const result = planItemFieldSchemas[kind].safeParse(input);
  const errors: Record<string, string> = {};
  refuseOtherEraYears(input, ['date'], errors);
  if (result.success && Object.keys(errors).length === 0) return { ok: true, fields: result.data as PlanItemFields[K] };
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? 'text');
    const code = ['required', 'tooLong', 'date', 'time', 'phone'].includes(issue.message) ? issue.message : 'invalid';
    errors[field] ??= issue.code === 'too_small' ? 'required' : code;
  }
  return { ok: false, errors };
}

/** Items of one kind in the person's order. */
export function itemsOfKind<K extends PlanItemKind>(items: readonly PlanItem[], kind: K): PlanItemOf<K>[] {
  return (items.filter((item) => item.kind === kind) as unknown as PlanItemOf<K>[]).sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
}

/** The order value for a new item at the end of its kind. */
export function orderAtEnd(items: readonly PlanItem[], kind: PlanItemKind): number {
  return items.reduce((max, item) => (item.kind === kind ? Math.max(max, item.order) : max), 0) + 1;
}

/**
 * The new order value to move an item one place up or down among its kind: the midpoint beyond its
 * neighbour, so only the moved item is rewritten. Undefined at either end.
 */
export function orderAfterMove<K extends PlanItemKind>(
  items: readonly PlanItem[],
  item: PlanItemOf<K>,
  direction: -1 | 1,
): number | undefined {
  const list = itemsOfKind(items, item.kind);
  const index = list.findIndex((entry) => entry.id === item.id);
  const neighbour = list[index + direction];
  if (index < 0 || !neighbour) return undefined;
  const beyond = list[index + 2 * direction];
  if (!beyond) return neighbour.order + direction;
  return (neighbour.order + beyond.order) / 2;
}

/** Appointments still to come, soonest first; then earlier ones, latest first. */
export function sortAppointments(
  appointments: readonly PlanItemOf<'appointment'>[],
  now: Date,
): { upcoming: PlanItemOf<'appointment'>[]; past: PlanItemOf<'appointment'>[] } {
  const today = localIsoDate(now);
  const nowTime = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const key = (item: PlanItemOf<'appointment'>) => `${item.date}T${item.time || '00:00'}`;
  const isUpcoming = (item: PlanItemOf<'appointment'>) =>
    item.date > today || (item.date === today && (item.time === '' || item.time >= nowTime));
  const upcoming = appointments.filter(isUpcoming).sort((a, b) => key(a).localeCompare(key(b)));
  const past = appointments.filter((item) => !isUpcoming(item)).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** How many of each kind: shown before an import, so a person knows what a file holds. */
export function countByKind(items: readonly VaultItem[]): Record<PlanItemKind, number> {
  const counts = Object.fromEntries(planItemKinds.map((kind) => [kind, 0])) as Record<PlanItemKind, number>;
  for (const item of items) if (isPlanItem(item)) counts[item.kind] += 1;
  return counts;
}

/**
 * Merging an imported plan: items new to this phone are added; for an item on both, the most
 * recently changed version wins, so nothing newer on this phone is overwritten by an old copy.
 */
export function mergePlans<T extends VaultItem>(current: readonly VaultItem[], incoming: readonly T[]): T[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  const changed: T[] = [];
  for (const item of incoming) {
    const existing = byId.get(item.id);
    if (!existing || item.updatedAt > existing.updatedAt) changed.push(item);
  }
  return changed;
}
