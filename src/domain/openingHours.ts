/**
 * Opening hours as data, and whether a channel is open at a given moment. Hours are wall-clock
 * times in the Netherlands (Europe/Amsterdam), as sources print them; the moment is converted to
 * Dutch time with Intl, so summer and winter time and a phone set to another time zone all work,
 * offline. Unknown hours stay unknown: nothing here ever guesses "open".
 */
import { z } from 'zod';

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);
/** `HH:MM`, 00:00–23:59; `24:00` is allowed as the end of a day. */
const timeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);

export const weeklyRangeSchema = z.object({
  /** The days on which the range starts. */
  days: z.array(weekdaySchema).min(1),
  from: timeSchema,
  /** When `to` is not later than `from`, the range runs past midnight into the next day (20:00–02:00). */
  to: timeSchema,
});

export const hoursSchema = z.discriminatedUnion('kind', [
  /** A source says: day and night, every day. */
  z.object({ kind: z.literal('always') }),
  /** No source gives the hours. */
  z.object({ kind: z.literal('unknown') }),
  z.object({
    kind: z.literal('weekly'),
    ranges: z.array(weeklyRangeSchema).min(1),
    /** Only true where a source says so. */
    closedOnPublicHolidays: z.boolean(),
  }),
]);

export type Hours = z.infer<typeof hoursSchema>;
export type WeeklyRange = z.infer<typeof weeklyRangeSchema>;

export type OpenState =
  | { status: 'always' }
  | { status: 'unknown' }
  /** `until` is the Dutch wall time the range ends, e.g. `17:00`. */
  | { status: 'open'; until: string }
  /** `daysAhead` 0 = later today, 1 = tomorrow …; `weekday` is the ISO weekday it opens. */
  | { status: 'closed'; opensAt: string; weekday: number; daysAhead: number }
  /** Weekly hours exist but no range opens in the coming week (e.g. holidays only). */
  | { status: 'closed'; opensAt: null };

export interface DutchTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes since midnight, Dutch wall time. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The moment as a Dutch calendar day, weekday and wall time. */
export function dutchTime(instant: Date): DutchTime {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: weekdays.indexOf(parts.weekday ?? '') + 1,
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function toTime(minutes: number): string {
  const hours = Math.floor(minutes / 60) % 24;
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** A calendar day shifted by whole days, computed in UTC so no time zone moves it. */
function shiftDay(
  year: number,
  month: number,
  day: number,
  days: number,
): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Dutch public holidays on which offices usually close: New Year, Easter (Sunday and Monday),
 * King's Day (27 April, 26 when that is a Sunday), Ascension, Whitsun (Sunday and Monday) and
 * Christmas (25 and 26 December). Good Friday and 5 May are not general days off, so not included.
 */
export function isDutchPublicHoliday(year: number, month: number, day: number): boolean {
  const fixed = [
    [1, 1],
    [12, 25],
    [12, 26],
  ];
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? [4, 26] : [4, 27];
  const [easterMonth, easterDay] = easter(year);
  const movable = [0, 1, 39, 49, 50].map((offset) => {
    const shifted = shiftDay(year, easterMonth, easterDay, offset);
    return [shifted.month, shifted.day];
  });
  return [...fixed, kingsDay, ...movable].some(([m, d]) => m === month && d === day);
}

interface Interval {
  /** Minutes from the start of the reference day (day 0), may be negative or beyond a day. */
  start: number;
  end: number;
}

/** Every range that starts on `dayOffset` (relative to today), as minutes from today's midnight. */
function intervalsStartingOn(
  hours: Extract<Hours, { kind: 'weekly' }>,
  today: DutchTime,
  dayOffset: number,
): Interval[] {
  const weekday = ((((today.weekday - 1 + dayOffset) % 7) + 7) % 7) + 1;
  if (hours.closedOnPublicHolidays) {
    const date = shiftDay(today.year, today.month, today.day, dayOffset);
    if (isDutchPublicHoliday(date.year, date.month, date.day)) return [];
  }
  return hours.ranges
    .filter((range) => range.days.includes(weekday))
    .map((range) => {
      const from = toMinutes(range.from);
      let to = toMinutes(range.to);
      if (to <= from) to += 24 * 60;
      return { start: dayOffset * 24 * 60 + from, end: dayOffset * 24 * 60 + to };
    });
}

/**
 * Whether a channel is open at `instant`, worked out in Dutch time. For weekly hours it also says
 * until when, or when it opens next (within the coming week).
 */
export function openAt(hours: Hours, instant: Date): OpenState {
  if (hours.kind === 'always') return { status: 'always' };
  if (hours.kind === 'unknown') return { status: 'unknown' };
  const now = dutchTime(instant);
  // Yesterday's ranges may run past midnight into today.
  const current = [-1, 0]
    .flatMap((offset) => intervalsStartingOn(hours, now, offset))
    .filter((interval) => interval.start <= now.minutes && now.minutes < interval.end)
    .sort((a, b) => b.end - a.end)[0];
  if (current) return { status: 'open', until: toTime(((current.end % 1440) + 1440) % 1440) };
  for (let offset = 0; offset <= 7; offset += 1) {
    const next = intervalsStartingOn(hours, now, offset)
      .filter((interval) => interval.start > now.minutes)
      .sort((a, b) => a.start - b.start)[0];
    if (next) {
      return {
        status: 'closed',
        opensAt: toTime(next.start % 1440),
        weekday: ((now.weekday - 1 + offset) % 7) + 1,
        daysAhead: offset,
      };
    }
  }
  return { status: 'closed', opensAt: null };
}

/** True when someone can be reached at that moment: "always" or inside a weekly range. */
export function isOpenAt(hours: Hours, instant: Date): boolean {
  const state = openAt(hours, instant);
  return state.status === 'always' || state.status === 'open';
}

/**
 * The next moment after `instant` at which it is `hour`:00 in the Netherlands (e.g. the coming 02:00,
 * for "who answers at night"). Stepping in whole minutes from the Dutch wall time keeps it right on
 * the nights the clocks change.
 */
export function nextDutchHour(instant: Date, hour: number): Date {
  const { minutes } = dutchTime(instant);
  let ahead = (hour * 60 - minutes + 24 * 60) % (24 * 60);
  if (ahead === 0) ahead = 24 * 60;
  let candidate = new Date(instant.getTime() + ahead * 60_000);
  // Across a clock change the wall time is an hour off: correct once, unless that hour does not
  // exist that night (02:00 when summer time starts), then keep the first moment after the gap.
  const off = dutchTime(candidate).minutes - hour * 60;
  if (off !== 0 && Math.abs(off) <= 60) {
    const corrected = new Date(candidate.getTime() - off * 60_000);
    if (dutchTime(corrected).minutes === hour * 60) candidate = corrected;
  }
  return new Date(Math.floor(candidate.getTime() / 60_000) * 60_000);
}
