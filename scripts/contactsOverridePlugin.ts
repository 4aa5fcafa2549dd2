/**
 * Lets an organisation ship its own build with its own contacts and nothing else changed:
 *
 *   VERDER_CONTACTS=./our-contacts.json npm run build
 *
 * The file (a path relative to the folder the build runs in, or absolute) replaces every shipped
 * contact. Its format:
 *
 *   {
 *     "contacts": [ …entries in the exact shape of `contactSchema` in src/domain/contact.ts… ],
 *     "offers": { "<language code>": { "<camelCaseId>": "what they do, in plain words", … }, … }
 *   }
 *
 * - Each entry's `offerKey` is `contacts:offers.<camelCaseId>`, the entry id in camelCase
 *   (`offerKeyFor`: `voorbeeld-hulp-noord` → `contacts:offers.voorbeeldHulpNoord`).
 * - Its text is given under `offers` for every language folder in `locales/`, unless that language's
 *   contacts.json already has it. The texts are merged into `offers` of each contacts.json.
 * - `labelKey`, `walkInKey` and `conflictKey` can only name texts that already exist in every language.
 * - Every phone has `hours` (`{ "kind": "always" }`, `{ "kind": "unknown" }` or weekly ranges in Dutch
 *   time); a chat has `chatHours`; a walk-in needs the source that states it (`walkInSource`); sources
 *   are https only; `checkKind` says whether a person compared the details with the source on
 *   `checkedOn` (`comparedWithSource`) or not (`researchFile`).
 * - A build can name where people report a wrong detail: `VITE_CONTACTS_CORRECTIONS=fouten@ons.nl`
 *   (an e-mail address or an https address). Without it, each card explains how to ship a corrected list.
 * - Language codes under `offers` are the folder names in `locales/` (`nl`, `en`, `pt-BR` …).
 *
 * Everything is checked when the build starts. A bad file stops the build with one line per problem
 * that names the entry (its id, or its position when it has no id) and the field, e.g.
 *   contacts override: entry "my-org" field channels.phones.0.number: store phone numbers normalised …
 *
 * Without VERDER_CONTACTS this plugin does nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contactsSchema, offerKeyFor, type Contact } from '../src/domain/contact.ts';

const prefix = 'contacts override:';
const contactsModule = 'src/content/contacts/contacts.ts';
/** The start screen's day-and-night lines, kept apart so the start screen does not load the directory. */
const helpNowModule = 'src/content/contacts/alwaysOpenLines.ts';
const helpNowIds = ['alarmnummer-112', 'zelfmoordpreventie-113', 'luisterlijn'];
/** Exports of the shipped contacts module besides `contacts`, with the value an override build gets. */
const neutralExports: Record<string, unknown> = { leftOutResearchEntries: {} };
const topLevelKeys = new Set(['contacts', 'offers']);
const localeContactsPattern = /[\\/]locales[\\/]([^\\/]+)[\\/]contacts\.json$/;

type Offers = Record<string, Record<string, string>>;

interface Override {
  contacts: Contact[];
  offers: Offers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names an entry in a message: its id when it has one, otherwise its position. */
function entryName(entries: readonly unknown[], index: number): string {
  const entry = entries[index];
  const id = isRecord(entry) ? entry.id : undefined;
  return typeof id === 'string' && id !== '' ? `entry "${id}"` : `entry #${index} (no id)`;
}

/** Looks up `a.b.c` in a parsed JSON object. */
function textAt(json: unknown, dottedPath: string): unknown {
  let value = json;
  for (const part of dottedPath.split('.')) value = isRecord(value) ? value[part] : undefined;
  return value;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Reads the offers object, adding a line to `problems` for each text or language that is wrong. */
function readOffers(offers: unknown, languages: readonly string[], problems: string[]): Offers {
  const result: Offers = {};
  if (!isRecord(offers)) {
    problems.push(`${prefix} "offers" must be an object of language codes`);
    return result;
  }
  for (const [language, texts] of Object.entries(offers)) {
    if (!languages.includes(language)) {
      problems.push(`${prefix} offers: unknown language "${language}" (languages: ${languages.join(', ')})`);
    } else if (!isRecord(texts)) {
      problems.push(`${prefix} offers.${language} must be an object of texts`);
    } else {
      const languageTexts: Record<string, string> = {};
      for (const [key, text] of Object.entries(texts)) {
        if (typeof text === 'string' && text.trim() !== '') languageTexts[key] = text;
        else problems.push(`${prefix} offers.${language}.${key} must be a text that is not empty`);
      }
      result[language] = languageTexts;
    }
  }
  return result;
}

/** `language "pl"` or `languages "ar", "bg"`. */
function languageList(languages: readonly string[]): string {
  const quoted = languages.map((language) => `"${language}"`).join(', ');
  return languages.length === 1 ? `language ${quoted}` : `languages ${quoted}`;
}

/** The shipped texts of a language's namespace (`locales/<language>/<namespace>.json`), read once. */
function shippedTextLookup(localesDir: string): (language: string, namespace: string) => unknown {
  const cache = new Map<string, unknown>();
  return (language, namespace) => {
    const path = resolve(localesDir, language, `${namespace}.json`);
    if (!cache.has(path)) cache.set(path, existsSync(path) ? readJson(path) : {});
    return cache.get(path);
  };
}

/** Reads and checks the override file; throws one Error listing every problem. */
export function readContactsOverride(file: string, localesDir: string): Override {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${prefix} cannot read ${file} (VERDER_CONTACTS): ${messageOf(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${prefix} ${file} is not valid JSON: ${messageOf(error)}`);
  }
  if (!isRecord(json) || !Array.isArray(json.contacts)) {
    throw new Error(`${prefix} ${file} must be an object with a "contacts" array and an "offers" object`);
  }

  const languages = readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const entries: unknown[] = json.contacts;
  const problems = Object.keys(json)
    .filter((key) => !topLevelKeys.has(key))
    .map((key) => `${prefix} unknown top-level field "${key}" (allowed: contacts, offers)`);
  const givenOffers = readOffers(json.offers ?? {}, languages, problems);

  const parsed = contactsSchema.safeParse(entries);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, ...field] = issue.path;
      if (typeof index !== 'number') {
        problems.push(`${prefix} ${issue.message}`);
        continue;
      }
      const fieldText = field.length > 0 ? ` field ${field.map(String).join('.')}` : '';
      problems.push(`${prefix} ${entryName(entries, index)}${fieldText}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new Error(problems.join('\n'));

  const shippedText = shippedTextLookup(localesDir);

  parsed.data.forEach((contact, index) => {
    const name = entryName(entries, index);
    const expectedKey = offerKeyFor(contact.id);
    if (contact.offerKey !== expectedKey) {
      problems.push(`${prefix} ${name} field offerKey: must be "${expectedKey}" (the id in camelCase)`);
      return;
    }
    const offerId = expectedKey.slice('contacts:offers.'.length);
    const otherKeys = [
      ...contact.channels.phones.flatMap((phone, phoneIndex) =>
        phone.labelKey ? [{ field: `channels.phones.${phoneIndex}.labelKey`, key: phone.labelKey }] : [],
      ),
      ...(contact.channels.walkInKey ? [{ field: 'channels.walkInKey', key: contact.channels.walkInKey }] : []),
      ...(contact.conflictKey ? [{ field: 'conflictKey', key: contact.conflictKey }] : []),
    ];
    const missingOffer = languages.filter(
      (language) =>
        typeof givenOffers[language]?.[offerId] !== 'string' &&
        typeof textAt(shippedText(language, 'contacts'), `offers.${offerId}`) !== 'string',
    );
    if (missingOffer.length > 0) {
      problems.push(
        `${prefix} ${name} field offerKey: no text for ${languageList(missingOffer)} (add offers.<language>.${offerId})`,
      );
    }
    for (const { field, key } of otherKeys) {
      const [namespace = '', path = ''] = key.split(':');
      const missing = languages.filter(
        (language) => typeof textAt(shippedText(language, namespace), path) !== 'string',
      );
      if (missing.length > 0) {
        problems.push(`${prefix} ${name} field ${field}: "${key}" has no text for ${languageList(missing)}`);
      }
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));

  return { contacts: parsed.data, offers: givenOffers };
}

/** Names of the exports of the shipped contacts module, so an override never silently misses one. */
function shippedExportNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:const|let|function|class)\s+(\w+)/gm)].map((match) => match[1] ?? '');
}

export function contactsOverridePlugin(overrideFile = process.env.VERDER_CONTACTS): Plugin {
  let root = process.cwd();
  let override: Override | undefined;

  return {
    name: 'verder-contacts-override',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      override = undefined;
      if (!overrideFile) return;
      const file = resolve(process.cwd(), overrideFile);
      this.addWatchFile(file);
      const modulePath = resolve(root, contactsModule);
      const missing = shippedExportNames(readFileSync(modulePath, 'utf8')).filter(
        (name) => name !== 'contacts' && !(name in neutralExports),
      );
      if (missing.length > 0) {
        throw new Error(
          `${prefix} ${contactsModule} exports ${missing.join(', ')}; give it a value in scripts/contactsOverridePlugin.ts`,
        );
      }
      override = readContactsOverride(file, resolve(root, 'locales'));
      // The directory shows as emergency lines the entries whose first purpose is "emergency".
      if (!override.contacts.some((contact) => contact.purposes[0] === 'emergency')) {
        this.warn(`${prefix} no entry has the purpose "emergency": the directory will show no emergency line (112)`);
      }
    },
    load(id) {
      if (!override) return null;
      const path = resolve(id.split('?')[0] ?? id);
      if (path === resolve(root, helpNowModule)) {
        // The override's own entries with those ids, in the same order; none if it has none of them.
        const lines = helpNowIds.flatMap((lineId) => override?.contacts.filter((entry) => entry.id === lineId) ?? []);
        return `export const helpNowContacts = ${JSON.stringify(lines)};\n`;
      }
      if (path !== resolve(root, contactsModule)) return null;
      const lines = [
        `export const contacts = ${JSON.stringify(override.contacts)};`,
        ...Object.entries(neutralExports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
      ];
      return `${lines.join('\n')}\n`;
    },
    transform(code, id) {
      if (!override) return null;
      const language = localeContactsPattern.exec(id.split('?')[0] ?? id)?.[1];
      const texts = language ? override.offers[language] : undefined;
      if (!texts) return null;
      const json: unknown = JSON.parse(code);
      if (!isRecord(json)) return null;
      const offers = isRecord(json.offers) ? json.offers : {};
      return { code: JSON.stringify({ ...json, offers: { ...offers, ...texts } }), map: null };
    },
  };
}
