// @vitest-environment node
/**
 * An organisation builds Verder with its own contacts (VERDER_CONTACTS, scripts/contactsOverridePlugin.ts).
 * Each case runs a real production build into a temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionBuild } from './productionBuild';

const exampleFile = 'docs/contacts-override.example.json';
interface OverrideFile {
  contacts: { id: string; channels: { phones: unknown[] } }[];
  offers: Record<string, Record<string, string>>;
}
const example: OverrideFile = JSON.parse(readFileSync(exampleFile, 'utf8'));

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'verder-contacts-override-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Writes an override file into the temporary folder and returns its path. */
function writeOverride(name: string, text: string): string {
  const file = join(workDir, name);
  writeFileSync(file, text);
  return file;
}

/** A production build with VERDER_CONTACTS set to `overrideFile`; returns the output folder. */
async function buildWith(overrideFile: string): Promise<string> {
  const outDir = mkdtempSync(join(workDir, 'dist-'));
  await productionBuild(outDir, { VERDER_CONTACTS: overrideFile });
  return outDir;
}

/** The build's error message, or a failure when the build succeeds. */
async function buildError(overrideFile: string): Promise<string> {
  try {
    await buildWith(overrideFile);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the build succeeded, but it should have failed');
}

/** The built JavaScript, split into language packs and everything else. */
function builtJavaScript(outDir: string): { app: string; locales: Record<string, string> } {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const locales: Record<string, string> = {};
  let app = '';
  for (const file of files) {
    const code = readFileSync(join(assets, file), 'utf8');
    const language = /^locale-(.+)-(?:app|explore|guides)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (language) locales[language] = (locales[language] ?? '') + code;
    else app += code;
  }
  return { app, locales };
}

describe('a build with the example override file', () => {
  let built: { app: string; locales: Record<string, string> };

  beforeAll(async () => {
    built = builtJavaScript(await buildWith(exampleFile));
  }, 120_000);

  it('ships the override contacts instead of the shipped ones', () => {
    // Booleans, not toContain: a failure would otherwise print the whole bundle.
    expect(built.app.includes('Voorbeeld Hulp Noord')).toBe(true);
    expect(built.app.includes('Voorbeeld Praatlijn')).toBe(true);
    expect(built.app.includes('CoMensha')).toBe(false);
    // The shipped entry's number, not its name: a guide's source legitimately names the organisation.
    expect(built.app.includes('08007000')).toBe(false);
    // Nor the start screen's day-and-night lines, which live apart from the directory: the example
    // file has none of them, so the start screen offers none of Verder's.
    expect(built.app.includes('+31880767000')).toBe(false);
    expect(built.app.includes('08000113')).toBe(false);
  });

  it('puts each language’s offer text into that language’s pack', () => {
    expect(Object.keys(built.locales).sort()).toEqual(Object.keys(example.offers).sort());
    for (const [language, texts] of Object.entries(example.offers)) {
      expect({ language, hasText: built.locales[language]?.includes(texts.voorbeeldHulpNoord ?? '?') }).toEqual({
        language,
        hasText: true,
      });
    }
  });
});

describe('a build with a bad override file', () => {
  it('fails on a phone number that is not normalised, naming the entry and the field', async () => {
    const contacts = structuredClone(example.contacts);
    contacts[1]?.channels.phones.push({ number: '12-34', kind: 'voice' });
    const file = writeOverride('bad-phone.json', JSON.stringify({ ...example, contacts }));

    const message = await buildError(file);

    expect(message).toContain('entry "voorbeeld-praatlijn" field channels.phones.0.number');
    expect(message).toContain('store phone numbers normalised');
  }, 60_000);

  it('fails on an offer text missing in one language, naming the entry and the language', async () => {
    const offers = structuredClone(example.offers);
    delete offers.pl?.voorbeeldHulpNoord;
    const file = writeOverride('missing-offer.json', JSON.stringify({ ...example, offers }));

    const message = await buildError(file);

    expect(message).toMatch(/entry "voorbeeld-hulp-noord" field offerKey: no text for language "pl"/);
    expect(message).not.toContain('voorbeeld-praatlijn');
  }, 60_000);

  it('fails on a file that is not JSON, naming the file', async () => {
    const file = writeOverride('broken.json', '{ "contacts": [ { "id": "my-org", } ] }');

    const message = await buildError(file);

    expect(message).toContain(`${file} is not valid JSON`);
  }, 60_000);
});
