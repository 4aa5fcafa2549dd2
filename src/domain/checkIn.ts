/**
 * A booking check-in with a buddy: who, where and until when, the buddy's number and a code word.
 * One vault record (like the incident log), sealed with the same lock. Verder has no server and
 * sends nothing: it only prepares a message (SMS or WhatsApp) that the person sends themselves,
 * and reminds them on screen while Verder is open. Nothing here imports values from ./plan (it
 * registers this schema, and a cycle would leave one of them half-loaded).
 */
import { z } from 'zod';
import { isFormYear, isoDateSchema, timeSchema } from './calendarSchemas';
import { checkInRecordId } from './vaultSettings';

export { checkInRecordId };
const shortLimit = 200;
export const codeWordLimit = 60;
/** Reminders step forward by this much when the person asks for more time. */
export const extendMinutes = 30;
/** What "until when" is filled in with: an hour from now. */
export const defaultDurationMinutes = 60;

const shortText = z.string().trim().max(shortLimit, 'tooLong').default('');
const isoDate = isoDateSchema;
const time = timeSchema;

/** What the person fills in; the form's strings, before they become a record. */
export interface CheckInInput {
  who: string;
  where: string;
  untilDate: string;
  untilTime: string;
  buddyName: string;
  buddyPhone: string;
  codeWord: string;
  keepAfterEnd: boolean;
}
export const checkInFieldNames = [
  'who',
  'where',
  'untilDate',
  'untilTime',
  'buddyPhone',
  'codeWord',
] as const satisfies readonly (keyof CheckInInput)[];

const timestamp = z.number().finite().nonnegative();

export const checkInItemSchema = z.object({
  kind: z.literal('checkIn'),
  id: z.literal(checkInRecordId),
  order: z.number().finite(),
  updatedAt: timestamp,
  who: shortText,
  where: shortText,
  /** The moment the person expects to be done, on this phone's clock. */
  untilAt: timestamp,
  buddyName: shortText,
  /** International digits without + (31612345678): what both links need. */
  buddyDigits: z.string().regex(/^[1-9]\d{7,14}$/),
  codeWord: z.string().trim().max(codeWordLimit, 'tooLong').default(''),
  /** Off unless chosen: an ended check-in is deleted, so nothing about a booking stays behind. */
  keepAfterEnd: z.boolean().default(false),
  startedAt: timestamp,
  /** Set when the person ended it and chose to keep it. */
  endedAt: timestamp.optional(),
});
export type CheckInItem = z.output<typeof checkInItemSchema>;
/** What the form gives: a record before it starts. */
export type CheckInFields = Omit<CheckInItem, 'kind' | 'id' | 'order' | 'updatedAt' | 'startedAt'>;

export type PhoneResult = { ok: true; digits: string } | { ok: false };

/**
 * A number as people write it, in international digits without + or leading zeros, as wa.me and
 * an SMS to any country need: "06 1234 5678" → 31612345678, "+31 (0)6 …" and "0031 6 …" → 316…,
 * "+44 7700 900123" → 447700900123. A Dutch number without a country code must be a full
 * 10-digit number (not 112, 0800 or 0900: those cannot get a WhatsApp or a check-in SMS). Any
 * other number without + or 00 cannot be told apart from junk, so it is refused.
 */
export function toInternationalDigits(input: string): PhoneResult {
  const trimmed = input.trim().replace(/\(0\)/g, '');
  if (trimmed === '' || !/^\+?[\d\s\-().]+$/.test(trimmed)) return { ok: false };
  const digits = trimmed.replace(/\D/g, '');
  let international: string;
  if (trimmed.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (/^0[1-9]\d{8}$/.test(digits)) international = `31${digits.slice(1)}`;
  else return { ok: false };
  // "+31 06…": the national 0 written after the country code.
  if (international.startsWith('310')) international = `31${international.slice(3)}`;
  if (international.startsWith('31')) {
    const national = international.slice(2);
    if (!/^[1-9]\d{8}$/.test(national) || /^(800|90[0-9])/.test(national)) return { ok: false };
  }
  return /^[1-9]\d{7,14}$/.test(international) ? { ok: true, digits: international } : { ok: false };
}

/** The local moment of a typed day and time, or undefined when it is no real moment. */
export function momentOf(day: string, clock: string): number | undefined {
  if (!isoDate.safeParse(day).success || !time.safeParse(clock).success) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const moment = new Date(year, month - 1, date, hours, minutes);
  return moment.getMonth() === month - 1 && moment.getDate() === date ? moment.getTime() : undefined;
}

/** Field errors as short codes ('date', 'time', 'past', 'phone', 'tooLong'); the screen translates them. */
export function validateCheckIn(
  input: CheckInInput,
  now: number,
): { ok: true; fields: CheckInFields } | { ok: false; errors: Partial<Record<keyof CheckInInput, string>> } {
  const errors: Partial<Record<keyof CheckInInput, string>> = {};
  for (const name of ['who', 'where', 'buddyName'] as const)
    if (input[name].trim().length > shortLimit) errors[name] = 'tooLong';
  if (input.codeWord.trim().length > codeWordLimit) errors.codeWord = 'tooLong';
  const dayOk = isoDate.safeParse(input.untilDate).success;
  const timeOk = time.safeParse(input.untilTime).success;
  const untilAt = momentOf(input.untilDate, input.untilTime);
  if (!dayOk || (timeOk && untilAt === undefined) || !isFormYear(input.untilDate)) errors.untilDate = 'date';
  if (!timeOk) errors.untilTime = 'time';
  else if (untilAt !== undefined && untilAt <= now) errors.untilTime = 'past';
  const phone = toInternationalDigits(input.buddyPhone);
  if (input.buddyPhone.trim() === '') errors.buddyPhone = 'required';
  else if (!phone.ok) errors.buddyPhone = 'phone';
  if (Object.keys(errors).length > 0 || untilAt === undefined || !phone.ok) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      who: input.who.trim(),
      where: input.where.trim(),
      untilAt,
      buddyName: input.buddyName.trim(),
      buddyDigits: phone.digits,
      codeWord: input.codeWord.trim(),
      keepAfterEnd: input.keepAfterEnd,
      endedAt: undefined,
    },
  };
}

export function startCheckIn(fields: CheckInFields, now: number): CheckInItem {
  const record: CheckInItem = {
    ...fields,
    kind: 'checkIn',
    id: checkInRecordId,
    order: 0,
    updatedAt: now,
    startedAt: now,
  };
  delete record.endedAt;
  return record;
}

/** More time: from the set time, or from now when that has already passed. */
export function extendCheckIn(item: CheckInItem, now: number, minutes = extendMinutes): CheckInItem {
  return { ...item, untilAt: Math.max(item.untilAt, now) + minutes * 60_000, updatedAt: Math.max(now, item.updatedAt) };
}

export function endCheckIn(item: CheckInItem, now: number): CheckInItem {
  return { ...item, endedAt: now, updatedAt: Math.max(now, item.updatedAt) };
}

export function isDue(item: Pick<CheckInItem, 'untilAt' | 'endedAt'>, now: number): boolean {
  return item.endedAt === undefined && now >= item.untilAt;
}

/** Longest single wait: a phone that slept (timers paused) is checked again within this time. */
export const dueCheckEveryMs = 15_000;

/**
 * Calls `onDue` once when the moment has come, using only timers while the page runs (never a
 * notification: those can show on a lock screen). It checks the clock at least every 15 s, so a
 * phone that slept or whose clock moved still reminds soon after. Returns a function that stops it.
 */
export function watchDue(untilAt: number, onDue: () => void, now: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = untilAt - now();
    if (left <= 0) {
      timer = undefined;
      onDue();
      return;
    }
    timer = setTimeout(check, Math.min(left, dueCheckEveryMs));
  };
  check();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The message lines of one language (locales/<lang>/checkIn.json, `message.*`). */
export type MessageKey = 'start' | 'who' | 'where' | 'until' | 'noNews' | 'codeWord' | 'ok';
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** The check-in message the buddy gets: only the lines the person filled in. */
export function checkInMessage(
  translate: Translate,
  item: Pick<CheckInItem, 'who' | 'where' | 'codeWord'>,
  until: string,
): string {
  const lines = [translate('start')];
  if (item.who) lines.push(translate('who', { who: item.who }));
  if (item.where) lines.push(translate('where', { where: item.where }));
  lines.push(translate('until', { until }), translate('noNews'));
  if (item.codeWord) lines.push(translate('codeWord', { codeWord: item.codeWord }));
  return lines.join('\n');
}

export type Channel = 'sms' | 'whatsApp';

/**
 * The link that opens the message, ready to send, in the SMS app or WhatsApp. For SMS the form is
 * `sms:+<digits>?&body=…`: Android reads the query (`?…&body=`), iOS 8 and later read `&body=`
 * after the number; see docs/browsers.md for the sources.
 */
export function messageHref(channel: Channel, digits: string, text: string): string {
  const body = encodeURIComponent(text);
  return channel === 'sms' ? `sms:+${digits}?&body=${body}` : `https://wa.me/${digits}?text=${body}`;
}
