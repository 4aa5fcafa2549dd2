import { describe, expect, it } from 'vitest';
import {
  countByKind,
  itemsOfKind,
  mergePlans,
  orderAfterMove,
  orderAtEnd,
  parsePlanItem,
  parseVaultItem,
  isPlanItem,
  sortAppointments,
  validateFields,
  type PlanItem,
  type PlanItemOf,
} from '../../../src/domain/plan';

const note = (id: string, order: number, updatedAt = 1): PlanItemOf<'note'> => ({
  kind: 'note',
  id,
  order,
  updatedAt,
  text: `note ${id}`,
});

const appointment = (id: string, date: string, time = ''): PlanItemOf<'appointment'> => ({
  kind: 'appointment',
  what: '',
  id,
  order: 1,
  updatedAt: 1,
  date,
  time,
  place: '',
  withWhom: '',
  note: '',
});

describe('checking plan items', () => {
  it('accepts every kind with its fields and fills optional ones', () => {
    expect(parsePlanItem({ kind: 'step', id: 's', order: 1, updatedAt: 1, text: 'Bel de gemeente' })).toEqual({
      kind: 'step',
      id: 's',
      order: 1,
      updatedAt: 1,
      text: 'Bel de gemeente',
      domain: '',
      status: 'todo',
      date: '',
    });
    expect(parsePlanItem({ kind: 'talent', id: 't', order: 1, updatedAt: 1, talentId: 'negotiating' })).toBeDefined();
    expect(
      parsePlanItem({ kind: 'safetyNet', id: 'n', order: 1, updatedAt: 1, when: 'ik mis het geld', then: 'x' }),
    ).toBeDefined();
  });

  it('refuses unknown kinds, empty required text, impossible dates and too much text', () => {
    expect(parsePlanItem({ kind: 'secret', id: 'x', order: 1, updatedAt: 1 })).toBeUndefined();
    expect(parsePlanItem({ kind: 'note', id: 'x', order: 1, updatedAt: 1, text: '   ' })).toBeUndefined();
    expect(parsePlanItem({ ...appointment('a', '2026-02-30'), id: 'a' })).toBeUndefined();
    expect(parsePlanItem({ kind: 'note', id: 'x', order: 1, updatedAt: 1, text: 'x'.repeat(4001) })).toBeUndefined();
    expect(parsePlanItem(null)).toBeUndefined();
  });

  it('names what is wrong in a form, field by field', () => {
    expect(validateFields('contact', { name: '', phone: 'abc' })).toEqual({
      ok: false,
      errors: { name: 'required', phone: 'phone' },
    });
    expect(validateFields('appointment', { date: '2026-13-01', time: '25:00' })).toEqual({
      ok: false,
      errors: { date: 'date', time: 'time' },
    });
    expect(validateFields('contact', { name: 'Mijn hulpverlener', phone: '+31 (0)20-123 45 67' }).ok).toBe(true);
    expect(validateFields('talent', {})).toEqual({ ok: false, errors: { text: 'required' } });
  });
});

describe('ordering', () => {
  const items: PlanItem[] = [note('a', 1), note('b', 2), note('c', 3)];

  it('puts a new item at the end of its kind', () => {
    expect(orderAtEnd(items, 'note')).toBe(4);
    expect(orderAtEnd(items, 'goal')).toBe(1);
  });

  it('moves an item by rewriting only its own order', () => {
    const up = orderAfterMove(items, note('c', 3), -1) ?? Number.NaN;
    expect(itemsOfKind([note('a', 1), note('b', 2), note('c', up)], 'note').map((item) => item.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
    const first = orderAfterMove(items, note('b', 2), -1) ?? Number.NaN;
    expect(first).toBeLessThan(1);
    expect(orderAfterMove(items, note('a', 1), -1)).toBeUndefined();
    expect(orderAfterMove(items, note('c', 3), 1)).toBeUndefined();
  });
});

describe('appointments', () => {
  it('reads an appointment stored before it had a "what" field, with "what" empty', () => {
    const older = {
      kind: 'appointment',
      id: 'old',
      order: 1,
      updatedAt: 1,
      date: '2026-12-08',
      time: '10:00',
      place: 'Gemeente',
      withWhom: '',
      note: '',
    };
    expect(parsePlanItem(older)).toEqual({ ...older, what: '' });
    expect(parsePlanItem({ ...older, what: 'Loket bijstand' })).toMatchObject({ what: 'Loket bijstand' });
  });

  it('shows the next ones first, then earlier ones latest first', () => {
    const now = new Date(2026, 10, 28, 12, 0);
    const list = [
      appointment('past', '2026-11-01'),
      appointment('later', '2026-12-10'),
      appointment('today-morning', '2026-11-28', '09:00'),
      appointment('today-afternoon', '2026-11-28', '14:30'),
      appointment('soon', '2026-11-29', '10:00'),
    ];
    const { upcoming, past } = sortAppointments(list, now);
    expect(upcoming.map((item) => item.id)).toEqual(['today-afternoon', 'soon', 'later']);
    expect(past.map((item) => item.id)).toEqual(['today-morning', 'past']);
  });
});

describe('merging an imported plan', () => {
  it('adds new items and keeps whichever copy changed last', () => {
    const current = [note('a', 1, 10), note('b', 2, 10)];
    const incoming = [note('a', 1, 5), note('b', 2, 20), note('c', 3, 1)];
    expect(mergePlans(current, incoming).map((item) => item.id)).toEqual(['b', 'c']);
    expect(countByKind(incoming)).toMatchObject({ note: 3, goal: 0 });
  });
});

describe('the other vault records', () => {
  const place = { kind: 'savedPlace', id: 'saved-place', order: 0, updatedAt: 1, municipalityId: 'zwolle' };

  it('reads a kept place, which is not a plan item and is not counted as one', () => {
    const item = parseVaultItem(place);
    expect(item).toEqual(place);
    expect(item && isPlanItem(item)).toBe(false);
    expect(Object.values(countByKind(item ? [item] : [])).every((count) => count === 0)).toBe(true);
  });

  it('refuses a kept place with any other row id, or with more than a municipality id (threat: a copy that smuggles text into the vault)', () => {
    expect(parseVaultItem({ ...place, id: 'other' })).toBeUndefined();
    expect(parseVaultItem({ ...place, municipalityId: 'Zwolle, Stationsweg 1' })).toBeUndefined();
    expect(parseVaultItem({ ...place, municipalityId: 'a'.repeat(81) })).toBeUndefined();
    expect(parseVaultItem({ ...place, municipalityId: undefined })).toBeUndefined();
    // An own-property check: an inherited name is not a kind.
    expect(parseVaultItem({ ...place, kind: 'toString' })).toBeUndefined();
  });
});
