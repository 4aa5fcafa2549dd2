import { describe, expect, it } from 'vitest';
import { dutchTime, isDutchPublicHoliday, nextDutchHour, openAt, type Hours } from '../../../src/domain/openingHours';

const weekdays9to17: Hours = {
  kind: 'weekly',
  ranges: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
  closedOnPublicHolidays: false,
};
const evenings20to02: Hours = {
  kind: 'weekly',
  ranges: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '20:00', to: '02:00' }],
  closedOnPublicHolidays: false,
};

describe('openAt', () => {
  it('says "always" and "unknown" as they are, never guessing open', () => {
    const instant = new Date('2026-12-02T01:00:00Z');
    expect(openAt({ kind: 'always' }, instant)).toEqual({ status: 'always' });
    expect(openAt({ kind: 'unknown' }, instant)).toEqual({ status: 'unknown' });
  });

  it('works in Dutch time in winter (UTC+1)', () => {
    // Wednesday 2 December 2026, 08:30 UTC = 09:30 in Amsterdam.
    expect(openAt(weekdays9to17, new Date('2026-12-02T08:30:00Z'))).toEqual({ status: 'open', until: '17:00' });
    // 07:30 UTC = 08:30 in Amsterdam: opens at 09:00 today.
    expect(openAt(weekdays9to17, new Date('2026-12-02T07:30:00Z'))).toEqual({
      status: 'closed',
      opensAt: '09:00',
      weekday: 3,
      daysAhead: 0,
    });
    // 16:30 UTC = 17:30: closed, opens tomorrow (Thursday).
    expect(openAt(weekdays9to17, new Date('2026-12-02T16:30:00Z'))).toMatchObject({ weekday: 4, daysAhead: 1 });
  });

  it('works in Dutch time in summer (UTC+2)', () => {
    // Wednesday 1 July 2026, 07:30 UTC = 09:30 in Amsterdam.
    expect(openAt(weekdays9to17, new Date('2026-07-01T07:30:00Z'))).toMatchObject({ status: 'open' });
    // 06:30 UTC = 08:30 in Amsterdam.
    expect(openAt(weekdays9to17, new Date('2026-07-01T06:30:00Z'))).toMatchObject({
      status: 'closed',
      opensAt: '09:00',
    });
  });

  it('crosses the DST changes correctly', () => {
    // Summer time starts Sunday 29 March 2026 at 02:00 → 03:00. Monday 30 March 08:59 local = 06:59 UTC.
    expect(openAt(weekdays9to17, new Date('2026-03-30T06:59:00Z'))).toMatchObject({
      status: 'closed',
      opensAt: '09:00',
    });
    expect(openAt(weekdays9to17, new Date('2026-03-30T07:00:00Z'))).toMatchObject({ status: 'open' });
    // Winter time starts Sunday 25 October 2026 at 03:00 → 02:00. Monday 26 October 09:00 local = 08:00 UTC.
    expect(openAt(weekdays9to17, new Date('2026-10-26T07:59:00Z'))).toMatchObject({ status: 'closed' });
    expect(openAt(weekdays9to17, new Date('2026-10-26T08:00:00Z'))).toMatchObject({ status: 'open' });
    // In the night of the change, 01:30 UTC is 02:30 winter time: inside an evening range until 02:00? No.
    expect(openAt(evenings20to02, new Date('2026-10-25T01:30:00Z'))).toMatchObject({
      status: 'closed',
      opensAt: '20:00',
    });
    // 00:30 UTC on 25 October is 02:30 summer time... also after 02:00, so closed.
    expect(openAt(evenings20to02, new Date('2026-10-25T00:30:00Z'))).toMatchObject({ status: 'closed' });
    // 23:30 UTC on 24 October is 01:30 summer time: open until 02:00.
    expect(openAt(evenings20to02, new Date('2026-10-24T23:30:00Z'))).toEqual({ status: 'open', until: '02:00' });
  });

  it('handles ranges past midnight', () => {
    // Thursday 3 December 2026, 00:30 in Amsterdam (23:30 UTC on the 2nd): Wednesday's range still runs.
    expect(openAt(evenings20to02, new Date('2026-12-02T23:30:00Z'))).toEqual({ status: 'open', until: '02:00' });
    // 02:00 exactly is closed; it opens again at 20:00 the same day.
    expect(openAt(evenings20to02, new Date('2026-12-03T01:00:00Z'))).toEqual({
      status: 'closed',
      opensAt: '20:00',
      weekday: 4,
      daysAhead: 0,
    });
    // Friday 17:00 → Monday 09:00 over the weekend.
    expect(openAt(weekdays9to17, new Date('2026-12-04T16:00:00Z'))).toMatchObject({ weekday: 1, daysAhead: 3 });
  });

  it('is closed on public holidays only where a source says so', () => {
    const closedOnHolidays: Hours = { ...weekdays9to17, closedOnPublicHolidays: true } as Hours;
    // Friday 25 December 2026, 10:00 in Amsterdam.
    const christmas = new Date('2026-12-25T09:00:00Z');
    expect(openAt(weekdays9to17, christmas)).toMatchObject({ status: 'open' });
    expect(openAt(closedOnHolidays, christmas)).toMatchObject({ status: 'closed', opensAt: '09:00', weekday: 1 });
  });
});

describe('Dutch time and holidays', () => {
  it('gives the Dutch weekday and wall time', () => {
    expect(dutchTime(new Date('2026-12-02T01:00:00Z'))).toEqual({
      year: 2026,
      month: 12,
      day: 2,
      weekday: 3,
      minutes: 120,
    });
  });

  it('knows the moving holidays', () => {
    // Easter Monday 6 April 2026, King's Day 27 April 2026, Ascension 14 May 2026, Whit Monday 25 May 2026.
    expect(isDutchPublicHoliday(2026, 4, 6)).toBe(true);
    expect(isDutchPublicHoliday(2026, 4, 27)).toBe(true);
    expect(isDutchPublicHoliday(2026, 5, 14)).toBe(true);
    expect(isDutchPublicHoliday(2026, 5, 25)).toBe(true);
    expect(isDutchPublicHoliday(2026, 12, 2)).toBe(false);
    // King's Day 2025 fell on a Sunday, so it was on Saturday 26 April.
    expect(isDutchPublicHoliday(2025, 4, 26)).toBe(true);
  });
});

describe('the coming night', () => {
  it('finds the next 02:00 Dutch time, also across a clock change', () => {
    // 15:00 in Amsterdam on 2 December → 02:00 on 3 December = 01:00 UTC.
    expect(nextDutchHour(new Date('2026-12-02T14:00:00Z'), 2).toISOString()).toBe('2026-12-03T01:00:00.000Z');
    // Saturday 28 March 2026, 15:00 (winter time) → Sunday 29 March 02:00 does not exist; 03:00 summer time is 01:00 UTC.
    const spring = dutchTime(nextDutchHour(new Date('2026-03-28T14:00:00Z'), 2));
    expect([2 * 60, 3 * 60]).toContain(spring.minutes);
    // Summer: 15:00 on 1 July → 02:00 on 2 July = 00:00 UTC.
    expect(nextDutchHour(new Date('2026-07-01T13:00:00Z'), 2).toISOString()).toBe('2026-07-02T00:00:00.000Z');
  });
});
