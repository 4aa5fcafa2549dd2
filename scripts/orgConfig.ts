/**
 * An organisation's own build of Verder from one file, without touching code:
 *
 *   VERDER_CONFIG=./our-verder.json npm run build
 *
 * See docs/org-config.example.json. Every field but `organisation.name` is optional; a field left
 * out keeps Verder's default. Paths are relative to the config file.
 *
 *   organisation.name  shown on About and with "Something wrong here?" on every contact card
 *   corrections        where people report a wrong contact detail: an e-mail or an https address
 *   contactsFile       the organisation's own contacts, in the format of scripts/contactsOverridePlugin.ts
 *   quickExitSite      where quick exit goes (https only)
 *   defaultLanguage    the language for a visitor whose browser language Verder does not have
 *   firstRegion        the region Find help starts with (a region id of src/domain/placeSearch.ts)
 *   appAddress         the address in the take-home QR code (https only)
 *   homeCard           an "our organisation" card on the start screen and on About: a one-line
 *                      description per language (Dutch required) and the id of one of its own
 *                      contacts (from contactsFile), whose phone, e-mail or website the card shows
 *
 * A bad file stops the build with one line per problem, naming the field:
 *   org config: field quickExitSite: must be an https address
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { regionIds } from '../src/domain/placeSearch.ts';
import { languages } from '../src/i18n/languages.ts';

const prefix = 'org config:';
const https = z
  .string()
  .trim()
  .regex(/^https:\/\/[^\s/<>"']+(?:\/[^\s<>"']*)?$/, 'must be an https address');
const email = /^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i;
const languageCodes = languages.map((language) => language.code) as [string, ...string[]];
const oneLine = z
  .string({ error: 'must be a text' })
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(140, 'must be at most 140 characters (one line on a phone)')
  .refine((value) => !/[\r\n]/.test(value), 'must be one line');

export const orgConfigSchema = z
  .object({
    organisation: z
      .object({
        name: z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters'),
      })
      .strict(),
    corrections: z
      .string()
      .trim()
      .refine((value) => email.test(value) || https.safeParse(value).success, 'must be an e-mail or an https address')
      .optional(),
    contactsFile: z.string().trim().min(1, 'must name a file').optional(),
    quickExitSite: https.optional(),
    defaultLanguage: z.enum(languageCodes, { error: `must be one of ${languageCodes.join(', ')}` }).optional(),
    firstRegion: z.enum(regionIds, { error: `must be one of ${regionIds.join(', ')}` }).optional(),
    appAddress: https.optional(),
    homeCard: z
      .object(
        {
          description: z
            .partialRecord(z.enum(languageCodes), oneLine, {
              error: 'must be texts per language code, e.g. { "nl": "…", "en": "…" }',
            })
            .refine((texts) => texts.nl !== undefined, 'needs the Dutch text ("nl"), shown where no other is given'),
          contact: z.string({ error: 'must be a contact id' }).trim().min(1, 'must be a contact id'),
        },
        { error: 'must be { "description": { "nl": "…" }, "contact": "<id>" }' },
      )
      .strict()
      .optional(),
  })
  .strict();

export type OrgConfig = z.output<typeof orgConfigSchema>;

/** How the "our organisation" card reaches the organisation: the first its own contact entry has. */
export type OrgCardWay =
  { kind: 'phone'; number: string } | { kind: 'email'; address: string } | { kind: 'website'; url: string };

/** The start screen's card as the app gets it (src/lib/buildConfig.ts), everything taken from the files. */
export interface OrgCard {
  name: string;
  description: Partial<Record<string, string>>;
  contactName: string;
  way: OrgCardWay;
}

/** What the build uses: the checked config, with the contacts file resolved to a full path. */
export interface OrgBuild extends OrgConfig {
  contactsPath?: string;
  card?: OrgCard;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(the file)';
}

function unknownKeyMessage(path: readonly PropertyKey[]): string {
  return path.join('.') === 'homeCard.description'
    ? `is not a language Verder has (${languageCodes.join(', ')})`
    : 'is not a field Verder knows';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The card's contact, looked up in the organisation's own contacts file; a line naming the field if not there. */
function cardOf(config: OrgBuild): OrgCard | undefined {
  const card = config.homeCard;
  if (!card) return undefined;
  const field = `${prefix} field homeCard.contact:`;
  if (!config.contactsPath) throw new Error(`${field} needs contactsFile, the organisation's own contacts`);
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(config.contactsPath, 'utf8'));
  } catch (error) {
    throw new Error(`${field} cannot read ${config.contactsPath}: ${error instanceof Error ? error.message : error}`);
  }
  const entries = isRecord(file) && Array.isArray(file.contacts) ? file.contacts : [];
  const entry = entries.find((candidate) => isRecord(candidate) && candidate.id === card.contact);
  if (!isRecord(entry)) throw new Error(`${field} no contact with id "${card.contact}" in ${config.contactsPath}`);
  const channels = isRecord(entry.channels) ? entry.channels : {};
  const phones = Array.isArray(channels.phones) ? channels.phones : [];
  const phone = phones.find((candidate) => isRecord(candidate) && typeof candidate.number === 'string');
  const way: OrgCardWay | undefined =
    isRecord(phone) && typeof phone.number === 'string'
      ? { kind: 'phone', number: phone.number }
      : typeof channels.email === 'string'
        ? { kind: 'email', address: channels.email }
        : typeof channels.website === 'string'
          ? { kind: 'website', url: channels.website }
          : undefined;
  if (!way) throw new Error(`${field} contact "${card.contact}" has no phone, e-mail or website to show`);
  return {
    name: config.organisation.name,
    description: card.description,
    contactName: typeof entry.name === 'string' ? entry.name : card.contact,
    way,
  };
}

export function readOrgConfig(file: string): OrgBuild {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${prefix} cannot read ${file} (VERDER_CONFIG): ${error instanceof Error ? error.message : error}`);
  }
  const parsed = orgConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `${prefix} field ${issue.keys.map((key) => fieldOf([...issue.path, key])).join(', ')}: ${unknownKeyMessage(issue.path)}`
        : `${prefix} field ${fieldOf(issue.path)}: ${issue.message}`,
    );
    throw new Error(lines.join('\n'));
  }
  const config: OrgBuild = parsed.data;
  if (config.contactsFile) {
    const contactsPath = resolve(dirname(resolve(file)), config.contactsFile);
    if (!existsSync(contactsPath)) throw new Error(`${prefix} field contactsFile: no file at ${contactsPath}`);
    config.contactsPath = contactsPath;
  }
  config.card = cardOf(config);
  return config;
}
