import { describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import type { NationalContact } from '../../../src/domain/contact';
import { contactSchema, contactsSchema, isPossiblyOutdated, purposeIds } from '../../../src/domain/contact';

/** Geldfit (a national line) with some fields changed. */
function contactWith(overrides: Partial<Omit<NationalContact, 'scope' | 'areas'>>): NationalContact {
  const base = contacts.find((contact) => contact.id === 'geldfit');
  if (base?.scope !== 'national') throw new Error('geldfit is missing from the directory');
  return { ...base, ...overrides };
}

describe('the purposes a contact can have', () => {
  it('cover urgent help first, then the life domains', () => {
    expect(purposeIds.slice(0, 10)).toEqual([
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
    expect(purposeIds).toEqual(
      expect.arrayContaining(['housing', 'work', 'education', 'network', 'meaning', 'safety']),
    );
  });
});

describe('the contact schema', () => {
  it('accepts a shipped contact', () => {
    expect(contactSchema.safeParse(contactWith({})).success).toBe(true);
  });

  it('refuses a phone number that is not stored normalised', () => {
    const contact = contactWith({
      channels: {
        ...contactWith({}).channels,
        phones: [{ number: '0800-8115', kind: 'voice', hours: { kind: 'unknown' } }],
      },
    });
    expect(contactSchema.safeParse(contact).success).toBe(false);
  });

  it('refuses a website that is not https', () => {
    const contact = contactWith({ channels: { ...contactWith({}).channels, website: 'javascript:alert(1)' } });
    expect(contactSchema.safeParse(contact).success).toBe(false);
  });

  it('refuses an unverified contact that still carries a phone number', () => {
    expect(contactSchema.safeParse(contactWith({ verified: false })).success).toBe(false);
  });

  it('refuses a contact without a purpose', () => {
    expect(contactSchema.safeParse(contactWith({ purposes: [] })).success).toBe(false);
  });

  it('refuses a source served over http', () => {
    const contact = contactWith({ source: { url: 'http://www.geldfit.nl', date: null } });
    expect(contactSchema.safeParse(contact).success).toBe(false);
    const other = contactWith({ otherSources: [{ url: 'http://www.geldfit.nl', date: '2020' }] });
    expect(contactSchema.safeParse(other).success).toBe(false);
  });

  it('refuses a phone without its hours kind, and hours of an unknown kind', () => {
    const channels = contactWith({}).channels;
    const noHours = contactWith({
      channels: { ...channels, phones: [{ number: '08008115', kind: 'voice' }] },
    } as never);
    expect(contactSchema.safeParse(noHours).success).toBe(false);
    const badKind = contactWith({
      channels: { ...channels, phones: [{ number: '08008115', kind: 'voice', hours: { kind: 'mostly' } }] },
    } as never);
    expect(contactSchema.safeParse(badKind).success).toBe(false);
  });

  it('refuses a chat without its hours', () => {
    const channels = contactWith({}).channels;
    expect(contactSchema.safeParse(contactWith({ channels: { ...channels, chatHours: null } })).success).toBe(false);
  });

  it('refuses a walk-in text without the source that states it', () => {
    const channels = contactWith({}).channels;
    const contact = contactWith({ channels: { ...channels, walkInKey: 'contacts:walkIn.belle', walkInSource: null } });
    expect(contactSchema.safeParse(contact).success).toBe(false);
    const stated = contactWith({
      channels: {
        ...channels,
        walkInKey: 'contacts:walkIn.belle',
        walkInSource: { url: 'https://www.geldfit.nl', date: null },
      },
    });
    expect(contactSchema.safeParse(stated).success).toBe(true);
  });

  it('refuses weekly hours with a time that does not exist', () => {
    const channels = contactWith({}).channels;
    const hours = {
      kind: 'weekly',
      ranges: [{ days: [1], from: '25:00', to: '17:00' }],
      closedOnPublicHolidays: false,
    };
    const contact = contactWith({
      channels: { ...channels, phones: [{ number: '08008115', kind: 'voice', hours }] },
    } as never);
    expect(contactSchema.safeParse(contact).success).toBe(false);
  });

  it('refuses a source date that is not a year, month or day', () => {
    const contact = contactWith({ source: { url: 'https://www.geldfit.nl', date: 'not visible' } });
    expect(contactSchema.safeParse(contact).success).toBe(false);
  });
});

describe('whether a contact may be out of date', () => {
  const fresh = { url: 'https://www.geldfit.nl', date: '2026-10-03' };

  it('follows the age of the source, not the check date', () => {
    const contact = contactWith({ source: fresh, confidence: 'high', isFromCoordinatorDirectory: false });
    expect(isPossiblyOutdated(contact, new Date(2026, 11, 2))).toBe(false);
    expect(isPossiblyOutdated(contact, new Date(2027, 9, 3))).toBe(false);
    expect(isPossiblyOutdated(contact, new Date(2027, 9, 4))).toBe(true);
    // A 2020 source stays old however recently the entry was checked.
    const old = contactWith({ source: { ...fresh, date: '2020-07' }, checkedOn: '2026-12-02' });
    expect(isPossiblyOutdated(old, new Date(2026, 11, 2))).toBe(true);
  });

  it('is never for 112, the emergency number set by law', () => {
    const emergency = contacts.find((contact) => contact.id === 'alarmnummer-112');
    if (!emergency) throw new Error('missing 112');
    expect(isPossiblyOutdated(emergency, new Date(2030, 0, 1))).toBe(false);
  });

  it('is, when the source shows no date', () => {
    const contact = contactWith({ source: { ...fresh, date: null }, confidence: 'high' });
    expect(isPossiblyOutdated(contact, new Date(2026, 11, 2))).toBe(true);
  });

  it('counts a year or month from its last day', () => {
    const contact = contactWith({ source: { ...fresh, date: '2026' }, confidence: 'high' });
    expect(isPossiblyOutdated(contact, new Date(2027, 11, 31))).toBe(false);
    expect(isPossiblyOutdated(contact, new Date(2028, 0, 1))).toBe(true);
  });

  it('is, when the details come from the older coordinator directory', () => {
    const contact = contactWith({ source: fresh, confidence: 'high', isFromCoordinatorDirectory: true });
    expect(isPossiblyOutdated(contact, new Date(2026, 10, 28))).toBe(true);
  });

  it('is, when our confidence in the entry is low', () => {
    const contact = contactWith({ source: fresh, confidence: 'low', isFromCoordinatorDirectory: false });
    expect(isPossiblyOutdated(contact, new Date(2026, 10, 28))).toBe(true);
  });
});

describe('the directory as a whole', () => {
  it('refuses a card with no way to reach anyone unless it is paired with one that has', () => {
    const ggd = contacts.find((contact) => contact.id === 'ggd-seksuele-gezondheid');
    if (!ggd) throw new Error('missing');
    expect(contactsSchema.safeParse(contacts).success).toBe(true);
    const unpaired = contacts.map((contact) => (contact.id === ggd.id ? { ...ggd, pairedWithId: null } : contact));
    expect(contactsSchema.safeParse(unpaired).success).toBe(false);
  });
});
