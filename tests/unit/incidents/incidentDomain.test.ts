import { describe, expect, it } from 'vitest';
import {
  editIncident,
  isEdited,
  newIncident,
  sortIncidents,
  validateIncidentFields,
  type IncidentFields,
} from '../../../src/domain/incident';
import { isPlanItem, parseVaultItem } from '../../../src/domain/plan';

const uuid = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const fields = (changes: Partial<IncidentFields> = {}): IncidentFields => ({
  date: '2026-12-01',
  time: '22:15',
  place: 'Hotel at the station',
  what: 'He refused to pay and pushed me',
  person: 'Grey car, 06-12345678',
  injuries: 'Bruise on my arm',
  witnesses: '',
  toldWho: 'My friend',
  ...changes,
});

describe('an incident record', () => {
  it('is a vault record of its own kind, not a plan item, and survives a round trip through parsing', () => {
    const item = newIncident(fields(), 1000, uuid);
    expect(item.id).toBe(`incident-${uuid}`);
    const parsed = parseVaultItem(JSON.parse(JSON.stringify(item)));
    expect(parsed).toEqual(item);
    expect(parsed && isPlanItem(parsed)).toBe(false);
  });

  it('needs only what happened; a wrong date, time or an overlong text gives a code per field', () => {
    expect(validateIncidentFields({ date: '2026-12-01', what: 'x' })).toMatchObject({ ok: true });
    expect(validateIncidentFields({ date: '2026-12-01', what: '  ' })).toEqual({
      ok: false,
      errors: { what: 'required' },
    });
    expect(validateIncidentFields({ date: '2026-02-30', time: '25:00', what: 'x', place: 'p'.repeat(201) })).toEqual({
      ok: false,
      errors: { date: 'date', time: 'time', place: 'tooLong' },
    });
  });

  it('rejects a stored record that claims a row id of another kind or an edit before it was written', () => {
    const item = newIncident(fields(), 1000, uuid);
    expect(parseVaultItem({ ...item, id: 'check-answers' })).toBeUndefined();
    expect(parseVaultItem({ ...item, editedAt: [500] })).toBeUndefined();
  });
});

describe('the first-version rule', () => {
  it('keeps the first version and when it was written through every edit, and notes each edit', () => {
    const first = newIncident(fields(), 1000, uuid);
    const once = editIncident(first, fields({ what: 'He refused to pay, pushed me and took my phone' }), 2000);
    const twice = editIncident(once, fields({ witnesses: 'The receptionist' }), 3000);
    expect(twice.first).toEqual(first.first);
    expect(twice.writtenAt).toBe(1000);
    expect(twice.latest.witnesses).toBe('The receptionist');
    expect(twice.editedAt).toEqual([2000, 3000]);
    expect(twice.updatedAt).toBe(3000);
    expect(isEdited(first)).toBe(false);
    expect(isEdited(twice)).toBe(true);
  });

  it('does not count saving without a change as an edit', () => {
    const first = newIncident(fields(), 1000, uuid);
    expect(editIncident(first, fields(), 2000)).toBe(first);
  });

  it('never dates an edit before the last change, even with a phone clock set back', () => {
    const once = editIncident(newIncident(fields(), 5000, uuid), fields({ place: 'Elsewhere' }), 6000);
    const backdated = editIncident(once, fields({ place: 'Somewhere else' }), 100);
    expect(backdated.editedAt).toEqual([6000, 6000]);
    expect(parseVaultItem(backdated)).toEqual(backdated);
  });

  it('lists the latest day first', () => {
    const older = newIncident(fields({ date: '2026-10-01' }), 1, uuid);
    const newer = newIncident(fields({ date: '2026-11-01' }), 2, uuid.replace('6f', '7f'));
    expect(sortIncidents([older, newer]).map((item) => item.latest.date)).toEqual(['2026-11-01', '2026-10-01']);
  });
});
