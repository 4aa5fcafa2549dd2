import { describe, expect, it } from 'vitest';
import { contacts } from '../../src/content/contacts/contacts';
import { guides } from '../../src/content/guides/guides';
import { safetyContactIds } from '../../src/features/contacts';

const contactIds = new Set(contacts.map((contact) => contact.id));

describe('links between content', () => {
  it('every urgent contact of a guide exists in the contact data', () => {
    for (const guide of guides) {
      for (const id of guide.urgentContactIds)
        expect({ guide: guide.id, id, exists: contactIds.has(id) }).toMatchObject({ exists: true });
    }
  });

  it('every safety contact of the check result exists, emergency first', () => {
    for (const id of safetyContactIds) expect(contactIds.has(id)).toBe(true);
    expect(contacts.find((contact) => contact.id === safetyContactIds[0])?.channels.phones[0]?.number).toBe('112');
  });
});
