/**
 * A Buddhist-era year (2569 is 2026 in Thailand) has the shape of a date and is a real day: forms
 * refuse it with their date error, and nothing stored or imported is refused for it.
 */
import { describe, expect, it } from 'vitest';
import { formYears, isFormYear } from '../../../src/domain/calendarSchemas';
import { validateCheckIn, type CheckInInput } from '../../../src/domain/checkIn';
import { validateIncidentFields } from '../../../src/domain/incident';
import { parsePlanItem, validateFields } from '../../../src/domain/plan';
import { checkDebt } from '../../../src/features/plan/money/DebtForm';

const now = new Date(2026, 11, 4, 20, 0).getTime();
const checkIn = (untilDate: string): CheckInInput => ({
  who: '',
  where: '',
  untilDate,
  untilTime: '21:00',
  buddyName: 'Sam',
  buddyPhone: '06 1234 5678',
  codeWord: '',
  keepAfterEnd: false,
});
const debt = (since: string, nextPaymentDate = '') => ({
  creditor: 'Belastingdienst',
  amount: '120',
  since,
  arrangement: '',
  nextPaymentDate,
  note: '',
});

describe('forms refuse a year of another calendar', () => {
  it('takes the years from 1900 to 2199, and no date at all', () => {
    expect(formYears).toEqual({ first: 1900, last: 2199 });
    for (const day of ['1900-01-01', '2026-12-04', '2199-12-31', '']) expect(isFormYear(day)).toBe(true);
    for (const day of ['1899-12-31', '2200-01-01', '2569-12-04']) expect(isFormYear(day)).toBe(false);
  });

  it('an appointment and a step "by when" in 2569 get the date error; 2026 is saved', () => {
    expect(validateFields('appointment', { date: '2569-12-04' })).toEqual({ ok: false, errors: { date: 'date' } });
    expect(validateFields('step', { text: 'Bel de gemeente', date: '2569-12-04' })).toEqual({
      ok: false,
      errors: { date: 'date' },
    });
    expect(validateFields('appointment', { date: '2026-12-04' }).ok).toBe(true);
    expect(validateFields('step', { text: 'Bel de gemeente', date: '' }).ok).toBe(true);
  });

  it('keeps the other errors of the same form', () => {
    expect(validateFields('step', { text: '', date: '2569-01-01' })).toEqual({
      ok: false,
      errors: { date: 'date', text: 'required' },
    });
  });

  it('an incident, a check-in and a debt in 2569 get the date error', () => {
    expect(
      validateIncidentFields({
        date: '2569-12-04',
        time: '',
        place: '',
        what: 'Hij werd boos',
        who: '',
        witnesses: '',
      }),
    ).toMatchObject({ ok: false, errors: { date: 'date' } });
    expect(validateCheckIn(checkIn('2569-12-04'), now)).toMatchObject({ ok: false, errors: { untilDate: 'date' } });
    expect(validateCheckIn(checkIn('2026-12-04'), now).ok).toBe(true);
    expect(checkDebt(debt('2569-01-01'), false, undefined, 'nl')).toEqual({ ok: false, errors: { since: 'date' } });
    expect(checkDebt(debt('', '2569-02-01'), false, undefined, 'nl')).toEqual({
      ok: false,
      errors: { nextPaymentDate: 'date' },
    });
    expect(checkDebt(debt('2025-01-01', '2027-02-01'), false, undefined, 'nl').ok).toBe(true);
  });

  it('a stored or imported appointment in 2569 is still read (what was typed before this check is kept)', () => {
    expect(parsePlanItem({ kind: 'appointment', id: 'a', order: 1, updatedAt: 1, date: '2569-12-04' })).toMatchObject({
      date: '2569-12-04',
    });
  });
});
