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
    defaultLanguage: z
      .enum(languages.map((language) => language.code) as [string, ...string[]], {
        error: `must be one of ${languages.map((language) => language.code).join(', ')}`,
      })
      .optional(),
    firstRegion: z.enum(regionIds, { error: `must be one of ${regionIds.join(', ')}` }).optional(),
    appAddress: https.optional(),
  })
  .strict();

export type OrgConfig = z.output<typeof orgConfigSchema>;

/** What the build uses: the checked config, with the contacts file resolved to a full path. */
export interface OrgBuild extends OrgConfig {
  contactsPath?: string;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(the file)';
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
        ? `${prefix} field ${issue.keys.map((key) => fieldOf([...issue.path, key])).join(', ')}: is not a field Verder knows`
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
  return config;
}
