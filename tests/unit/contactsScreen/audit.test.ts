// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { auditContacts } from '../../../scripts/contactsAudit.mjs';
import { contacts } from '../../../src/content/contacts/contacts';
import { municipalities } from '../../../src/content/places/municipalities';

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

  it('lists every entry, with its date, once its check is more than 12 months old', async () => {
    const audit = await auditContacts('2027-12-03', contacts, municipalities);
    expect(audit.olderThan12Months).toHaveLength(contacts.length);
    expect(audit.olderThan12Months[0]).toEqual({ id: 'alarmnummer-112', checkedOn: '2026-12-02' });
  });

  it('does not count an entry checked exactly a year ago as old', async () => {
    const audit = await auditContacts(new Date(2027, 10, 28), contacts, municipalities);
    expect(audit.olderThan12Months.map((row) => row.checkedOn)).not.toContain('2026-12-02');
    expect(audit.olderThan12Months).toEqual([]);
  });

  it('lists undated, old and conflicting sources per region', async () => {
    const audit = await auditContacts('2026-12-02', contacts, municipalities);
    expect(audit.byRegion.national?.undatedSource).toContain('alarmnummer-112');
    expect(audit.byRegion.national?.oldSource).toContain('luisterlijn');
    // 113's source is of 3 October 2025: old from 4 October 2026.
    expect(audit.byRegion.national?.oldSource).toContain('zelfmoordpreventie-113');
    const earlier = await auditContacts('2026-10-03', contacts, municipalities);
    expect(earlier.byRegion.national?.oldSource).not.toContain('zelfmoordpreventie-113');
    expect(audit.byRegion.national?.conflicting).toEqual(
      expect.arrayContaining(['comensha', 'arbeidsinspectie', 'juridisch-loket']),
    );
    expect(audit.byRegion.nijmegen?.conflicting).toContain('nijmegen-huiskamer-tippelzone');
    expect(audit.byRegion.almere?.oldSource).toContain('veilig-thuis-flevoland');
    expect(audit.notComparedAgain).not.toContain('veilig-thuis-flevoland');
  });
});
