// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { auditContacts } from '../../../scripts/contactsAudit.mjs';
import { contacts } from '../../../src/content/contacts/contacts';

describe('the contacts audit for the benchmark', () => {
  it('reads the shipped directory and lists entries to re-check', async () => {
    const audit = await auditContacts('2026-11-28');
    expect(audit.olderThan12Months).toEqual([]);
    expect(audit.lowConfidence).toEqual(
      contacts.filter((contact) => contact.confidence === 'low').map((contact) => contact.id),
    );
    expect(audit.lowConfidence).toContain('juridisch-loket');
    expect(audit.fromCoordinatorDirectory).toContain('hvo-querido-acm');
    expect(audit.notVerified).toContain('mind-korrelatie');
  }, 60_000);

  it('lists every entry, with its date, once it is more than 12 months old', async () => {
    const audit = await auditContacts('2027-11-29', contacts);
    expect(audit.olderThan12Months).toHaveLength(contacts.length);
    expect(audit.olderThan12Months[0]).toEqual({ id: 'alarmnummer-112', checkedOn: '2026-11-28' });
  });

  it('does not count an entry checked exactly a year ago as old', async () => {
    const audit = await auditContacts(new Date(2027, 10, 28), contacts);
    expect(audit.olderThan12Months).toEqual([]);
  });
});
