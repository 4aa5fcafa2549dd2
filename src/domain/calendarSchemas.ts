/**
 * A day and a time as the browser's date and time inputs give them, checked the same way by every
 * record that holds one (plan appointments, incidents, debts, the check-in). Error codes are the
 * short ones the forms translate: 'date' and 'time'.
 */
import { z } from 'zod';

/** 2026-12-02, and a real day of the calendar (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'date');

/** 09:30, on a 24-hour clock. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

/**
 * The years a form takes. A Buddhist-era year (2569 in Thailand, 543 years ahead) has the right shape
 * and is a real day, so it would be saved as a date centuries away: a check-in that never comes, an
 * appointment that never shows as near. Forms only: stored records and imported copies keep whatever
 * day they hold (refusing them there would lose what someone typed before this check).
 */
export const formYears = { first: 1900, last: 2199 } as const;

/** True for '' (no date) and for a day whose year a form takes; false for a year outside formYears. */
export function isFormYear(day: string): boolean {
  const year = Number(/^(\d{4})-\d{2}-\d{2}$/.exec(day)?.[1]);
  return Number.isNaN(year) || (year >= formYears.first && year <= formYears.last);
}

/** Adds the 'date' error (unless the field has one already) to each named field whose year a form refuses. */
export function refuseOtherEraYears(
  input: Record<string, unknown>,
  fieldNames: readonly string[],
  errors: Partial<Record<string, string>>,
): void {
  for (const name of fieldNames) {
    const value = input[name];
    if (typeof value === 'string' && !isFormYear(value.trim())) errors[name] ??= 'date';
  }
}
