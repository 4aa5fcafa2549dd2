import { describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import { municipalities } from '../../../src/content/places/municipalities';
import { regions } from '../../../src/content/places/regions';
import { contactsForPlace, filterContacts, reachableAt, groupNational } from '../../../src/domain/contactSelection';
import { findPlace } from '../../../src/domain/placeSearch';

const ids = (list: readonly { id: string }[]) => list.map((contact) => contact.id);
const nationalIds = ids(contacts.filter((contact) => contact.scope === 'national'));

function placeFor(query: string) {
  const place = findPlace(query, municipalities);
  if (!place) throw new Error(`${query} is not in the municipality list`);
  return place;
}

describe('contacts for a place', () => {
  it('always include every national line', () => {
    for (const query of ['Zwolle', 'Amsterdam', 'Hengelo', 'Maastricht']) {
      expect(ids(contactsForPlace(placeFor(query), contacts, regions).national)).toEqual(nationalIds);
    }
  });

  describe('when organisations serve the place', () => {
    it('lists those that serve its region, its province or the municipality itself', () => {
      const result = contactsForPlace(placeFor('Groningen'), contacts, regions);
      // Region Groningen, province Groningen, municipality Groningen.
      expect(ids(result.local)).toEqual(
        expect.arrayContaining(['time2connect-groningen', 'terwille', 'mjd-groningen']),
      );
      expect(result.nearbyRegions).toEqual([]);
    });

    it('leaves out organisations that only serve another municipality of the same region', () => {
      const local = ids(contactsForPlace(placeFor('Delfzijl'), contacts, regions).local);
      expect(local).toContain('time2connect-groningen');
      expect(local).not.toContain('mjd-groningen');
    });

    it('finds an organisation through the alias of a merged municipality', () => {
      expect(ids(contactsForPlace(placeFor('Brielle'), contacts, regions).local)).toContain('humanitas-pmw-rotterdam');
    });
  });

  describe('when no organisation is known for the place', () => {
    const hengelo = placeFor('Hengelo');
    const result = contactsForPlace(hengelo, contacts, regions);

    it('has no local organisations', () => {
      expect(hengelo.regionId).toBe('enschede');
      expect(result.local).toEqual([]);
    });

    it('shows the other regions of the same province first, then regions nearby', () => {
      const shown = result.nearbyRegions.map((entry) => entry.region.id);
      expect(shown[0]).toBe('zwolle');
      expect(shown).toContain('apeldoorn');
      expect(shown).not.toContain('enschede');
      for (const entry of result.nearbyRegions) expect(entry.contacts.length).toBeGreaterThan(0);
    });

    it('shows each organisation only once', () => {
      const shownIds = result.nearbyRegions.flatMap((entry) => ids(entry.contacts));
      expect(new Set(shownIds).size).toBe(shownIds.length);
    });

    it('still gives every national line', () => {
      expect(ids(result.national)).toEqual(nationalIds);
    });
  });

  describe('when the place is unknown', () => {
    it('gives the national lines and nothing that pretends to be near', () => {
      expect(findPlace('Atlantis', municipalities)).toBeNull();
      const result = contactsForPlace(null, contacts, regions);
      expect(ids(result.national)).toEqual(nationalIds);
      expect(result.local).toEqual([]);
      expect(result.nearbyRegions).toEqual([]);
    });
  });

  it('gives every municipality in the country at least one line to call', () => {
    for (const municipality of municipalities) {
      const result = contactsForPlace(municipality, contacts, regions);
      expect(result.national.length, municipality.id).toBeGreaterThan(0);
    }
  });
});

describe('filtering contacts', () => {
  it('keeps everything when no filter is on', () => {
    expect(filterContacts(contacts, {})).toHaveLength(contacts.length);
    expect(filterContacts(contacts, { purposes: [], isFree: false })).toHaveLength(contacts.length);
  });

  it('keeps contacts that have any of the chosen purposes', () => {
    const result = filterContacts(contacts, { purposes: ['money', 'return'] });
    expect(ids(result)).toEqual(expect.arrayContaining(['geldfit', 'iom']));
    expect(ids(result)).not.toContain('alarmnummer-112');
  });

  it('keeps only contacts that a source calls anonymous, never the unknown ones', () => {
    const result = filterContacts(contacts, { isAnonymous: true });
    expect(ids(result)).toEqual(expect.arrayContaining(['meld-misdaad-anoniem', 'luisterlijn', 'geldfit']));
    expect(result.every((contact) => contact.isAnonymous === true)).toBe(true);
    expect(ids(result)).not.toContain('alarmnummer-112');
    expect(ids(result)).not.toContain('juridisch-loket');
  });

  it('keeps only free contacts, so the paid Juridisch Loket line drops out', () => {
    const result = filterContacts(contacts, { isFree: true });
    expect(ids(result)).toContain('geldfit');
    expect(ids(result)).not.toContain('juridisch-loket');
  });

  it('keeps contacts with a walk-in a source states, not where sources disagree', () => {
    expect(ids(filterContacts(contacts, { hasWalkIn: true })).sort()).toEqual(
      ['nijmegen-huiskamer-tippelzone', 'time2connect-groningen', 'tussenvoorziening'].sort(),
    );
  });

  it('lists only lines open at 02:00 in the night list', () => {
    // Thursday 3 December 2026, 02:00 in Amsterdam.
    const night = reachableAt(contacts, new Date('2026-12-03T01:00:00Z')).map((entry) => entry.contact.id);
    expect(night).toEqual(
      expect.arrayContaining([
        'alarmnummer-112',
        'veilig-thuis',
        'zelfmoordpreventie-113',
        'centrum-seksueel-geweld',
        'luisterlijn',
        'veilig-thuis-flevoland',
      ]),
    );
    expect(night).not.toContain('comensha');
    expect(night).not.toContain('geldfit');
    for (const entry of reachableAt(contacts, new Date('2026-12-03T01:00:00Z'))) {
      expect(entry.isChatOpen, entry.contact.id).toBe(false);
    }
    // At 10:00 on a weekday CoMensha and the Veilig Thuis chat are open.
    const morning = reachableAt(contacts, new Date('2026-12-03T09:00:00Z'));
    expect(morning.map((entry) => entry.contact.id)).toContain('comensha');
    expect(morning.find((entry) => entry.contact.id === 'veilig-thuis')?.isChatOpen).toBe(true);
  });

  it('keeps contacts whose source names the language', () => {
    expect(ids(filterContacts(contacts, { language: 'ro' }))).toEqual(['de-haven']);
    expect(ids(filterContacts(contacts, { language: 'ti' }))).toEqual(['iom']);
  });

  it('keeps contacts that explicitly welcome every chosen group', () => {
    const result = filterContacts(contacts, { welcomes: ['migrants', 'undocumented'] });
    expect(ids(result)).toEqual(
      expect.arrayContaining(['stichting-los', 'amsterdam-center-for-sex-workers', 'humanitas-pmw-rotterdam']),
    );
    expect(ids(result)).not.toContain('iom');
    expect(ids(filterContacts(contacts, { welcomes: ['trans'] }))).toContain('de-haven');
  });

  it('combines filters: every filter that is on must match', () => {
    const result = filterContacts(contacts, { purposes: ['crisis'], isAnonymous: true, isFree: true });
    expect(ids(result)).toEqual(['zelfmoordpreventie-113']);
  });
});

describe('grouping the national lines', () => {
  const groups = groupNational(contacts);

  it('starts with emergency, then follows the fixed order of purposes', () => {
    expect(groups.map((group) => group.purpose).slice(0, 10)).toEqual([
      'emergency',
      'crisis',
      'violence',
      'exploitation',
      'money',
      'legal',
      'mentalHealth',
      'sexualHealth',
      'return',
      'talk',
    ]);
    expect(ids(groups[0]?.contacts ?? [])).toEqual(['alarmnummer-112']);
  });

  it('puts every national line in exactly one group, and no regional organisation', () => {
    const grouped = groups.flatMap((group) => ids(group.contacts));
    expect(grouped.sort()).toEqual([...nationalIds].sort());
  });

  it('groups a line under its main purpose', () => {
    const crisis = groups.find((group) => group.purpose === 'crisis');
    expect(ids(crisis?.contacts ?? [])).toEqual(['zelfmoordpreventie-113']);
  });
});
