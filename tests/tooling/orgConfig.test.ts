// @vitest-environment node
/**
 * An organisation's own build from one file (VERDER_CONFIG, scripts/orgConfig.ts): a bad file names
 * each problem's field; a good one changes exactly what it names, in a real production build.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrgConfig } from '../../scripts/orgConfig';
import { productionBuild } from './productionBuild';

const exampleFile = 'docs/org-config.example.json';
let workDir: string;
// Contact files are found relative to the config file (written in workDir), so these are full paths.
const ownContacts = resolve('docs/contacts-override.example.json');
const noWayContacts = join(tmpdir(), `verder-org-config-no-way-${process.pid}.json`);

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'verder-org-config-'));
  writeFileSync(
    noWayContacts,
    JSON.stringify({
      contacts: [{ id: 'zonder-weg', name: 'Zonder Weg', channels: { phones: [], email: null, website: null } }],
    }),
  );
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(noWayContacts, { force: true });
});

function configFile(content: unknown, name = 'org.json'): string {
  const file = join(workDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function problems(content: unknown): string[] {
  try {
    readOrgConfig(configFile(content));
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n');
  }
  throw new Error('the file was accepted, but it should have been refused');
}

describe('checking an organisation config file', () => {
  it('accepts the example, with the contacts file found next to it', () => {
    const config = readOrgConfig(exampleFile);
    expect(config.organisation.name).toBe('Stichting Voorbeeld');
    expect(config.contactsPath).toMatch(/docs[\\/]contacts-override\.example\.json$/);
  });

  it('finds the card’s contact in the organisation’s own contacts and takes its way to reach them from there', () => {
    expect(readOrgConfig(exampleFile).card).toEqual({
      name: 'Stichting Voorbeeld',
      description: {
        nl: 'Wij zijn er voor sekswerkers in Zwolle en omgeving, wat je ook kiest.',
        en: 'We are there for sex workers in and around Zwolle, whatever you choose.',
      },
      contactName: 'Voorbeeld Hulp Noord',
      way: { kind: 'email', address: 'info@example.org' },
    });
  });

  it('needs only the organisation name', () => {
    expect(readOrgConfig(configFile({ organisation: { name: 'Ons Huis' } })).quickExitSite).toBeUndefined();
  });

  it.each([
    [{ quickExitSite: 'http://nos.nl' }, 'org config: field quickExitSite: must be an https address'],
    [{ appAddress: 'javascript:alert(1)' }, 'org config: field appAddress: must be an https address'],
    [{ corrections: 'bel ons' }, 'org config: field corrections: must be an e-mail or an https address'],
    [
      { defaultLanguage: 'de' },
      'org config: field defaultLanguage: must be one of nl, en, es, pt-BR, ro, bg, pl, hu, th, ar',
    ],
    [{ firstRegion: 'atlantis' }, 'org config: field firstRegion: must be one of'],
    [{ organisation: { name: 'X' } }, 'org config: field organisation.name: must be at least 2 characters'],
    [{ exitUrl: 'https://nos.nl' }, 'org config: field exitUrl: is not a field Verder knows'],
    [{ contactsFile: './not-there.json' }, 'org config: field contactsFile: no file at'],
    [
      { homeCard: { description: { en: 'We help.' }, contact: 'voorbeeld-hulp-noord' }, contactsFile: ownContacts },
      'org config: field homeCard.description: needs the Dutch text ("nl")',
    ],
    [
      {
        homeCard: { description: { nl: 'Wij helpen.', de: 'Wir helfen.' }, contact: 'voorbeeld-hulp-noord' },
        contactsFile: ownContacts,
      },
      'org config: field homeCard.description.de: is not a language Verder has (nl, en, es, pt-BR, ro, bg, pl, hu, th, ar)',
    ],
    [
      {
        homeCard: { description: { nl: 'Wij helpen.\nBel ons.' }, contact: 'voorbeeld-hulp-noord' },
        contactsFile: ownContacts,
      },
      'org config: field homeCard.description.nl: must be one line',
    ],
    [
      {
        homeCard: { description: { nl: 'x'.repeat(141) }, contact: 'voorbeeld-hulp-noord' },
        contactsFile: ownContacts,
      },
      'org config: field homeCard.description.nl: must be at most 140 characters',
    ],
    [
      { homeCard: { description: 'Wij helpen.', contact: 'voorbeeld-hulp-noord' }, contactsFile: ownContacts },
      'org config: field homeCard.description: must be texts per language code',
    ],
    [
      {
        homeCard: { description: { nl: 'Wij helpen.' }, contact: 'voorbeeld-hulp-noord', show: true },
        contactsFile: ownContacts,
      },
      'org config: field homeCard.show: is not a field Verder knows',
    ],
    [
      { homeCard: { description: { nl: 'Wij helpen.' } }, contactsFile: ownContacts },
      'org config: field homeCard.contact: must be a contact id',
    ],
    [
      { homeCard: { description: { nl: 'Wij helpen.' }, contact: 'voorbeeld-hulp-noord' } },
      "org config: field homeCard.contact: needs contactsFile, the organisation's own contacts",
    ],
    [
      { homeCard: { description: { nl: 'Wij helpen.' }, contact: 'luisterlijn' }, contactsFile: ownContacts },
      'org config: field homeCard.contact: no contact with id "luisterlijn" in',
    ],
    [
      { homeCard: { description: { nl: 'Wij helpen.' }, contact: 'zonder-weg' }, contactsFile: noWayContacts },
      'org config: field homeCard.contact: contact "zonder-weg" has no phone, e-mail or website to show',
    ],
  ])('refuses %j with one line naming the field', (change, message) => {
    const lines = problems({ organisation: { name: 'Ons Huis' }, ...change });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });

  it('names every problem of a file at once, one line each', () => {
    const lines = problems({ quickExitSite: 'http://x', defaultLanguage: 'de' });
    expect(lines).toEqual([
      expect.stringContaining('field organisation:'),
      expect.stringContaining('field quickExitSite:'),
      expect.stringContaining('field defaultLanguage:'),
    ]);
  });

  it('says when the file is not JSON', () => {
    expect(problems('{ organisation: ')[0]).toMatch(/^org config: cannot read .*org\.json \(VERDER_CONFIG\)/);
  });
});

describe('a build with the example config', () => {
  let app = '';
  let serviceWorker = '';

  beforeAll(async () => {
    const outDir = mkdtempSync(join(workDir, 'dist-'));
    await productionBuild(outDir, { VERDER_CONFIG: exampleFile });
    const assets = join(outDir, 'assets');
    app = readdirSync(assets)
      .filter((file) => file.endsWith('.js') && !file.startsWith('locale-'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    serviceWorker = readFileSync(join(outDir, 'sw.js'), 'utf8');
  }, 180_000);

  it('carries the organisation, its quick-exit site, corrections address, language, region and QR address', () => {
    for (const value of [
      'Stichting Voorbeeld',
      'https://nos.nl',
      'fouten@voorbeeld.nl',
      'https://verder.voorbeeld.nl/',
    ])
      expect(app.includes(value), value).toBe(true);
    expect(app.includes('https://www.buienradar.nl')).toBe(false);
    expect(/[`"']zwolle[`"']/.test(app)).toBe(true);
  });

  it('carries the organisation’s card: its line in each language it wrote, and its own contact', () => {
    for (const value of [
      'Wij zijn er voor sekswerkers in Zwolle en omgeving, wat je ook kiest.',
      'We are there for sex workers in and around Zwolle, whatever you choose.',
      'Voorbeeld Hulp Noord',
    ])
      expect(app.includes(value), value).toBe(true);
  });

  it('ships the organisation’s own contacts instead of Verder’s list', () => {
    const ownIds = (
      JSON.parse(readFileSync('docs/contacts-override.example.json', 'utf8')) as { contacts: { id: string }[] }
    ).contacts.map((contact) => contact.id);
    for (const id of ownIds) expect(app.includes(id), id).toBe(true);
    expect(app.includes('contacts:offers.luisterlijn')).toBe(false);
  });

  it('keeps the default language offline from the first visit', () => {
    expect(/locale-th-/.test(serviceWorker)).toBe(true);
  });
});

describe('Verder’s own build', () => {
  it('has no organisation in it', async () => {
    const { organisationName, buildAppAddress, buildDefaultLanguage, buildFirstRegion, organisationCard } =
      await import('../../src/lib/buildConfig');
    expect([organisationName, buildAppAddress, buildDefaultLanguage, buildFirstRegion, organisationCard]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
