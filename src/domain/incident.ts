/**
 * A written record of what happened ("incident log"): a vault record like the plan, sealed with the
 * same lock. A record written at the time counts for more with the police, Ugly Mugs NL or a lawyer,
 * so the first version is kept as it was written: an edit changes only the latest version and adds
 * the time of the edit. Nothing here imports values from ./plan (it registers this schema, and a
 * cycle would leave one of them half-loaded).
 */
import { z } from 'zod';
import { isoDateSchema, refuseOtherEraYears, timeSchema } from './calendarSchemas';

export const incidentIdPrefix = 'incident-';
export const incidentTextLimit = 4000;
const shortLimit = 200;
/** Far more edits than anyone makes by hand; it only stops a damaged file from growing without end. */
export const maxIncidentEdits = 500;

const isoDate = isoDateSchema;
const time = z.union([timeSchema, z.literal('')]).default('');
const shortText = z.string().trim().max(shortLimit, 'tooLong').default('');
const longText = z.string().trim().max(incidentTextLimit, 'tooLong').default('');

/** What the person writes; only "what happened" is needed, everything else may stay empty. */
export const incidentFields = z.object({
  date: isoDate,
  time,
  place: shortText,
  what: z.string().trim().min(1, 'required').max(incidentTextLimit, 'tooLong'),
  person: longText,
  injuries: longText,
  witnesses: longText,
  toldWho: longText,
});
export type IncidentFields = z.output<typeof incidentFields>;
export const incidentFieldNames = [
  'date',
  'time',
  'place',
  'what',
  'person',
  'injuries',
  'witnesses',
  'toldWho',
] as const satisfies readonly (keyof IncidentFields)[];

const timestamp = z.number().finite().nonnegative();

export const incidentItemSchema = z
  .object({
    kind: z.literal('incident'),
    id: z.string().regex(/^incident-[0-9a-f-]{8,40}$/),
    order: z.number().finite(),
    updatedAt: timestamp,
    /** As first written, and when: never changed by an edit. */
    first: incidentFields,
    writtenAt: timestamp,
    /** The version shown now; the same as `first` until the first edit. */
    latest: incidentFields,
    /** When each edit was saved, oldest first. */
    editedAt: z.array(timestamp).max(maxIncidentEdits),
  })
  .refine((item) => item.editedAt.every((at) => at >= item.writtenAt), { message: 'editBeforeWritten' });
export type IncidentItem = z.output<typeof incidentItemSchema>;

export function isIncidentId(id: string): boolean {
  return id.startsWith(incidentIdPrefix);
}

/** Field errors as short codes ('required', 'tooLong', 'date', 'time'); the screen translates them. */
export function validateIncidentFields(
  input: Record<string, unknown>,
): { ok: true; fields: IncidentFields } | { ok: false; errors: Record<string, string> } {
  const result = incidentFields.safeParse(input);
  const errors: Record<string, string> = {};
  refuseOtherEraYears(input, ['date'], errors);
  if (result.success && Object.keys(errors).length === 0) return { ok: true, fields: result.data };
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? 'what');
    const code = ['required', 'tooLong', 'date', 'time'].includes(issue.message) ? issue.message : 'invalid';
    errors[field] ??= code;
  }
  return { ok: false, errors };
}

export function newIncident(fields: IncidentFields, now: number, uuid: string): IncidentItem {
  return {
    kind: 'incident',
    id: `${incidentIdPrefix}${uuid}`,
    order: now,
    updatedAt: now,
    first: fields,
    writtenAt: now,
    latest: fields,
    editedAt: [],
  };
}

function sameFields(a: IncidentFields, b: IncidentFields): boolean {
  return incidentFieldNames.every((name) => a[name] === b[name]);
}

/** The first-version rule: an edit replaces only `latest` and notes when; an unchanged save is no edit. */
export function editIncident(item: IncidentItem, fields: IncidentFields, now: number): IncidentItem {
  if (sameFields(item.latest, fields)) return item;
  const at = Math.max(now, item.updatedAt);
  return { ...item, latest: fields, updatedAt: at, editedAt: [...item.editedAt, at].slice(-maxIncidentEdits) };
}

/** True once the record has been changed since it was first written. */
export function isEdited(item: IncidentItem): boolean {
  return item.editedAt.length > 0;
}

/** Newest first by the date and time the person gave, then by when it was written. */
export function sortIncidents(items: readonly IncidentItem[]): IncidentItem[] {
  const key = (item: IncidentItem) => `${item.latest.date}T${item.latest.time || '00:00'}`;
  return [...items].sort((a, b) => key(b).localeCompare(key(a)) || b.writtenAt - a.writtenAt);
}
