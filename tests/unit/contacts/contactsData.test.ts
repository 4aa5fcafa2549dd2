import { describe, expect, it } from 'vitest';
import enContacts from '../../../locales/en/contacts.json';
import nlContacts from '../../../locales/nl/contacts.json';
import { contacts, leftOutResearchEntries } from '../../../src/content/contacts/contacts';
import { municipalities } from '../../../src/content/places/municipalities';
import { contactsSchema, offerKeyFor, purposeIds } from '../../../src/domain/contact';
import { isWellFormed, normalisePhone } from '../../../src/domain/phoneNumber';

/** Looks up `contacts:dotted.path` in a parsed locale file. */
function textAt(locale: unknown, key: string): unknown {
  const [namespace, path = ''] = key.split(':');
  expect(namespace).toBe('contacts');
  return path.split('.').reduce<unknown>((node, segment) => {
    if (node && typeof node === 'object' && segment in node) return (node as Record<string, unknown>)[segment];
    return undefined;
  }, locale);
}

function textKeysOf(contact: (typeof contacts)[number]): string[] {
  const keys = [contact.offerKey];
  if (contact.channels.walkInKey) keys.push(contact.channels.walkInKey);
  for (const phone of contact.channels.phones) if (phone.labelKey) keys.push(phone.labelKey);
  return keys;
}

const byId = (id: string) => contacts.find((contact) => contact.id === id);

describe('the shipped contacts', () => {
  it('all pass the schema', () => {
    expect(() => contactsSchema.parse(contacts)).not.toThrow();
    expect(contacts.length).toBe(48);
  });

  it('have only well-formed phone numbers', () => {
    const numbers = contacts.flatMap((contact) => contact.channels.phones.map((phone) => phone.number));
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers.filter((number) => !isWellFormed(number))).toEqual([]);
  });

  it('each have a source address and the date the team last read it', () => {
    for (const contact of contacts) {
      expect(contact.source.url, contact.id).toMatch(/^https:\/\//);
      for (const other of contact.otherSources) expect(other.url, contact.id).toMatch(/^https:\/\//);
      expect(contact.checkedOn, contact.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('each have an offer text, and every text key exists in English and Dutch', () => {
    for (const contact of contacts) {
      expect(contact.offerKey).toBe(offerKeyFor(contact.id));
      for (const key of textKeysOf(contact)) {
        expect(typeof textAt(enContacts, key), `en ${key}`).toBe('string');
        expect(typeof textAt(nlContacts, key), `nl ${key}`).toBe('string');
      }
    }
  });

  it('have no offer text in the locale files that no contact uses', () => {
    const used = new Set(contacts.map((contact) => contact.offerKey.replace('contacts:offers.', '')));
    expect(Object.keys(enContacts.offers).filter((key) => !used.has(key))).toEqual([]);
  });

  it('only serve municipalities that exist', () => {
    const known = new Set(municipalities.map((municipality) => municipality.id));
    for (const contact of contacts) {
      if (contact.areas === 'national') continue;
      for (const id of contact.areas.municipalities) expect(known.has(id), `${contact.id}: ${id}`).toBe(true);
    }
  });

  it('are national exactly when they serve the whole country', () => {
    for (const contact of contacts) expect(contact.scope === 'national', contact.id).toBe(contact.areas === 'national');
  });
});

describe('numbers copied from the research file', () => {
  // As written in shared/data/contacts-research.json → as stored in the directory.
  const research: [string, string, string][] = [
    ['alarmnummer-112', '112', '112'],
    ['politie-geen-spoed', '0900-8844', '09008844'],
    ['meld-misdaad-anoniem', '0800-7000', '08007000'],
    ['veilig-thuis', '0800-2000', '08002000'],
    ['zelfmoordpreventie-113', '0800-0113', '08000113'],
    ['zelfmoordpreventie-113', '113', '113'],
    ['centrum-seksueel-geweld', '0800-0188', '08000188'],
    ['comensha', '033 448 11 86', '+31334481186'],
    ['arbeidsinspectie', '0800 5151', '08005151'],
    ['arbeidsinspectie', '+31 70 333 44 44', '+31703334444'],
    ['juridisch-loket', '0900-8020', '09008020'],
    ['luisterlijn', '088 0767 000', '+31880767000'],
    ['geldfit', '0800-8115', '08008115'],
    ['slachtofferhulp', '0900-0101', '09000101'],
    ['iom', '088 746 44 66', '+31887464466'],
    ['iom', '070 318 15 00', '+31703181500'],
    ['scharlaken-koord', '020 622 68 97', '+31206226897'],
    ['hvo-querido-acm', '020-626 38 00', '+31206263800'],
    ['blijf-groep', '088 234 24 50', '+31882342450'],
    ['shop-den-haag', '070 - 361 47 47', '+31703614747'],
    ['humanitas-pmw-rotterdam', '010-236 52 12', '+31102365212'],
    ['mjd-groningen', '050 - 312 61 23', '+31503126123'],
    ['ggd-drenthe-zorgcoordinatie', '0592 - 30 63 00', '+31592306300'],
    ['fier-fryslan', '058 - 215 70 84', '+31582157084'],
    ['mee-veluwe', '055 - 526 92 00', '+31555269200'],
    ['moviera', '088 - 374 47 44', '+31883744744'],
  ];
  // Not in the research file: added on 2026-12-02 from a stored copy of the organisation's own page.
  const addedLater: [string, string, string][] = [
    ['veilig-thuis-flevoland', '088 2220500', '+31882220500'],
    ['veilig-thuis-noord-oost-gelderland', '0800 2000', '08002000'],
    // From the older coordinator directory, the same page as the other directory numbers.
    ['lumens-eindhoven', '040 219 3388', '+31402193388'],
  ];

  it.each([...research, ...addedLater])('%s: "%s" is stored as %s', (id, written, stored) => {
    expect(normalisePhone(written)).toBe(stored);
    expect(byId(id)?.channels.phones.map((phone) => phone.number)).toContain(stored);
  });

  it('are the only numbers in the directory', () => {
    const stored = contacts.flatMap((contact) =>
      contact.channels.phones.map((phone) => `${contact.id} ${phone.number}`),
    );
    expect(stored.sort()).toEqual([...research, ...addedLater].map(([id, , number]) => `${id} ${number}`).sort());
  });
});

describe('entries that need care', () => {
  it('keep the Juridisch Loket number as the paid 0900-8020', () => {
    const loket = byId('juridisch-loket');
    expect(loket?.channels.phones.map((phone) => phone.number)).toEqual(['09008020']);
    expect(loket?.isFree).toBe(false);
  });

  it('mark the details from the older coordinator directory', () => {
    const fromDirectory = contacts.filter((contact) => contact.isFromCoordinatorDirectory).map((contact) => contact.id);
    expect(fromDirectory.sort()).toEqual(
      [
        'fier-fryslan',
        'ggd-drenthe-zorgcoordinatie',
        'humanitas-pmw-rotterdam',
        'hvo-querido-acm',
        'lumens-eindhoven',
        'mee-veluwe',
        'mjd-groningen',
        'moviera',
        'shop-den-haag',
      ].sort(),
    );
  });

  it('show honest check dates: today only where a person compared the entry again', () => {
    for (const contact of contacts) {
      if (contact.checkKind === 'researchFile') expect(contact.checkedOn, contact.id).toBe('2026-11-28');
      else expect(contact.checkedOn, contact.id).toBe('2026-12-02');
    }
  });

  it('only offer the walk-in filter where a source states walk-in', () => {
    for (const contact of contacts) {
      if (contact.channels.walkInKey) expect(contact.channels.walkInSource, contact.id).not.toBeNull();
    }
  });

  it('keep unverified organisations to a name, what they do and a website', () => {
    const unverified = contacts.filter((contact) => !contact.verified);
    expect(unverified.map((contact) => contact.id).sort()).toEqual(
      ['ggd-seksuele-gezondheid', 'mind-korrelatie', 'proud'].sort(),
    );
    for (const contact of unverified) {
      expect(contact.channels.phones, contact.id).toEqual([]);
      expect(contact.channels.email, contact.id).toBeNull();
      expect(contact.isAnonymous, contact.id).toBeNull();
      expect(contact.isFree, contact.id).toBeNull();
    }
  });

  it('give no phone number for Fier nationally, nor a website for Meld Misdaad Anoniem', () => {
    expect(byId('fier-chat')?.channels.phones).toEqual([]);
    expect(byId('meld-misdaad-anoniem')?.channels.website).toBeNull();
  });

  it('list the research entries that were left out, each with a reason', () => {
    const ids = new Set(contacts.map((contact) => contact.id));
    for (const [researchId, reason] of Object.entries(leftOutResearchEntries)) {
      expect(reason.length, researchId).toBeGreaterThan(20);
      expect(ids.has(researchId.replace(/^(nl|reg)-/, '')), researchId).toBe(false);
    }
  });
});

describe('the contact texts', () => {
  it('have the same keys in English and Dutch', () => {
    const keysOf = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    expect(keysOf(nlContacts).sort()).toEqual(keysOf(enContacts).sort());
  });

  it('have a name for every purpose and phone kind', () => {
    for (const locale of [enContacts, nlContacts]) {
      expect(Object.keys(locale.purposes).sort()).toEqual([...purposeIds].sort());
      expect(Object.keys(locale.phoneKinds).sort()).toEqual(['sms', 'voice', 'whatsapp']);
    }
  });
});
