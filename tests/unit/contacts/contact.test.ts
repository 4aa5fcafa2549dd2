import { describe, expect, it } from 'vitest';
import { contacts } from '../../../src/content/contacts/contacts';
import type { NationalContact } from '../../../src/domain/contact';
import { contactSchema, isPossiblyOutdated, purposeIds } from '../../../src/domain/contact';

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
      channels: { ...contactWith({}).channels, phones: [{ number: '0800-8115', kind: 'voice' }] },
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

  it('refuses a source date that is not a year, month or day', () => {
    const contact = contactWith({ source: { url: 'https://www.geldfit.nl', date: 'not visible' } });
    expect(contactSchema.safeParse(contact).success).toBe(false);
  });
});

describe('whether a contact may be out of date', () => {
  const checkedOn = '2026-11-28';

  it('is not, within 12 months of the last check', () => {
    const contact = contactWith({ checkedOn, confidence: 'high', isFromCoordinatorDirectory: false });
    expect(isPossiblyOutdated(contact, new Date(2026, 10, 28))).toBe(false);
    expect(isPossiblyOutdated(contact, new Date(2027, 10, 28))).toBe(false);
  });

  it('is, once the last check is more than 12 months ago', () => {
    const contact = contactWith({ checkedOn, confidence: 'high', isFromCoordinatorDirectory: false });
    expect(isPossiblyOutdated(contact, new Date(2027, 10, 29))).toBe(true);
  });

  it('is, when the details come from the older coordinator directory', () => {
    const contact = contactWith({ checkedOn, confidence: 'high', isFromCoordinatorDirectory: true });
    expect(isPossiblyOutdated(contact, new Date(2026, 10, 28))).toBe(true);
  });

  it('is, when our confidence in the entry is low', () => {
    const contact = contactWith({ checkedOn, confidence: 'low', isFromCoordinatorDirectory: false });
    expect(isPossiblyOutdated(contact, new Date(2026, 10, 28))).toBe(true);
  });
});
