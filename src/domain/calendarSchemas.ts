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
