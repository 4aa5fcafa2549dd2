import { describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import { municipalities } from '../../../src/content/places/municipalities';
import {
  countActiveFilters,
  initialFilters,
  noFilters,
  searchPlace,
  spokenLanguages,
  toContactFilters,
} from '../../../src/features/contacts/contactsView';

describe('pressing Search', () => {
  it('finds a place by its name or alias', () => {
    expect(searchPlace('den bosch', municipalities)).toMatchObject({ kind: 'found', place: { id: 's-hertogenbosch' } });
  });

  it('takes the only place that starts with what was typed', () => {
    expect(searchPlace('zwol', municipalities)).toMatchObject({ kind: 'found', place: { id: 'zwolle' } });
  });

  it('asks to choose when two municipalities share a name', () => {
    expect(searchPlace('Bergen', municipalities)).toEqual({ kind: 'choose', isAmbiguous: true });
  });

  it('asks to choose when several places start with what was typed', () => {
    expect(searchPlace('ams', municipalities)).toEqual({ kind: 'choose', isAmbiguous: false });
  });

  it('does not know a place that is not in the list', () => {
    expect(searchPlace('Atlantis', municipalities)).toEqual({ kind: 'unknown' });
  });

  it('does nothing with empty input', () => {
    expect(searchPlace('  ', municipalities)).toEqual({ kind: 'none' });
  });
});

describe('the filter form', () => {
  it('starts with the purpose of the route, but never "emergency", which is always shown', () => {
    expect(initialFilters('money').purpose).toBe('money');
    expect(initialFilters('emergency').purpose).toBe('');
    expect(initialFilters(undefined)).toEqual(noFilters);
  });

  it('counts each switched-on filter', () => {
    expect(countActiveFilters(noFilters)).toBe(0);
    expect(countActiveFilters({ ...noFilters, isFree: true, language: 'th', welcomes: ['men', 'trans'] })).toBe(4);
  });

  it('turns an empty form into filters that keep everything', () => {
    expect(toContactFilters(noFilters)).toEqual({
      purposes: [],
      language: undefined,
      isAnonymous: false,
      isFree: false,
      hasWalkIn: false,
      welcomes: [],
    });
  });

  it('offers each language a source names, once', () => {
    const languages = spokenLanguages(contacts);
    expect(languages).toContain('th');
    expect(new Set(languages).size).toBe(languages.length);
  });
});
