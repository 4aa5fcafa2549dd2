/**
 * A contact in the directory: a national line or a regional organisation, with the facts a person
 * needs before they reach out, and where each fact comes from and how old it is.
 *
 * Unknown is not the same as no: anonymity, cost and who is welcome are `null` when no source says
 * so. The app must never turn "not stated" into a promise, because a wrong promise (anonymous, free,
 * welcome without papers) can put someone at risk.
 */
import { z } from 'zod';
import { contentIdSchema, textKeySchema } from './content';
import { isWellFormed } from './phoneNumber';
import { provinceIds, regionIds } from './placeSearch';

/**
 * What a person can contact someone for. The order is the order of the national groups:
 * urgent help first, then the life domains of the report (§2.4) where useful.
 */
export const purposeIds = [
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
  'housing',
  'work',
  'education',
  'network',
  'meaning',
  'safety',
] as const;

export type PurposeId = (typeof purposeIds)[number];

export const phoneKinds = ['voice', 'sms', 'whatsapp'] as const;
export type PhoneKind = (typeof phoneKinds)[number];

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidenceLevels)[number];

export const welcomeGroups = ['men', 'trans', 'migrants', 'undocumented'] as const;
export type WelcomeGroup = (typeof welcomeGroups)[number];

/** Links the app opens: only https, so a data error can never become a `javascript:` link. */
const httpsUrlSchema = z.url({ protocol: /^https$/ });
/** Sources may be old pages that were only served over http. */
const sourceUrlSchema = z.url({ protocol: /^https?$/ });

/** A date as the source shows it: a year, a month or a day (`2019`, `2020-07`, `2025-10-03`). */
const partialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
const isoDateSchema = z.iso.date();

export const phoneSchema = z.object({
  /** Stored normalised, see phoneNumber.ts: `+31334481186`, `08008115` or `112`. */
  number: z.string().refine(isWellFormed, 'store phone numbers normalised (see src/domain/phoneNumber.ts)'),
  kind: z.enum(phoneKinds),
  /** What this number is for or when it is open, e.g. `contacts:phoneLabels.dayAndNightFree`. */
  labelKey: textKeySchema.optional(),
});

export const channelsSchema = z.object({
  phones: z.array(phoneSchema),
  chatUrl: httpsUrlSchema.nullable(),
  email: z.email().nullable(),
  website: httpsUrlSchema.nullable(),
  /** A street address as published; proper names, so not translated. */
  address: z.string().min(3).nullable(),
  /** Walk-in information as published, as a text key because it needs translating. */
  walkInKey: textKeySchema.nullable(),
});

/** Where a regional organisation works: any mix of municipalities, provinces and report regions. */
export const regionalAreasSchema = z
  .object({
    municipalities: z.array(contentIdSchema),
    provinces: z.array(z.enum(provinceIds)),
    regions: z.array(z.enum(regionIds)),
  })
  .refine(
    (areas) => areas.municipalities.length + areas.provinces.length + areas.regions.length > 0,
    'a regional contact needs at least one municipality, province or region',
  );

export const sourceRefSchema = z.object({
  url: sourceUrlSchema,
  /** The date the source itself shows, or null when it shows none. */
  date: partialDateSchema.nullable(),
});

const boolOrUnknown = z.boolean().nullable();

const contactBaseSchema = z.object({
  id: contentIdSchema,
  /** The organisation's own name; never translated. */
  name: z.string().min(2),
  /** `contacts:offers.<camelCaseId>`: what they do, in our own words. */
  offerKey: textKeySchema,
  purposes: z.array(z.enum(purposeIds)).min(1),
  channels: channelsSchema,
  /** ISO 639-1 codes, only where a source names the languages; null = not stated. */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/))
    .min(1)
    .nullable(),
  /** Can you reach them without giving your name? null = not stated. */
  isAnonymous: boolOrUnknown,
  /** The help costs nothing and calling costs at most a normal call. null = not stated. */
  isFree: boolOrUnknown,
  /** Explicitly welcome, per a source. null = the source does not say (not: not welcome). */
  welcomes: z.object({
    men: boolOrUnknown,
    trans: boolOrUnknown,
    migrants: boolOrUnknown,
    undocumented: boolOrUnknown,
  }),
  isFaithBased: z.boolean(),
  source: sourceRefSchema,
  /** Further pages a fact rests on, e.g. where a phone number was found. */
  otherSources: z.array(sourceRefSchema),
  /** The date (YYYY-MM-DD) Verder's team last read the source. */
  checkedOn: isoDateSchema,
  confidence: z.enum(confidenceLevels),
  /** Details from the older directory of regional care coordinators for trafficking. */
  isFromCoordinatorDirectory: z.boolean(),
  /** False: the organisation exists, but no contact detail could be checked. */
  verified: z.boolean(),
});

export const nationalContactSchema = contactBaseSchema.extend({
  scope: z.literal('national'),
  areas: z.literal('national'),
});

export const regionalContactSchema = contactBaseSchema.extend({
  scope: z.literal('regional'),
  areas: regionalAreasSchema,
});

/** Keeps "not verified" honest: such an entry carries no contact detail and promises nothing. */
function hasOnlyNameOfferAndWebsite(contact: z.infer<typeof contactBaseSchema>): boolean {
  const { channels, welcomes } = contact;
  return (
    channels.phones.length === 0 &&
    channels.chatUrl === null &&
    channels.email === null &&
    channels.address === null &&
    channels.walkInKey === null &&
    contact.languages === null &&
    contact.isAnonymous === null &&
    contact.isFree === null &&
    Object.values(welcomes).every((value) => value === null)
  );
}

export const contactSchema = z
  .discriminatedUnion('scope', [nationalContactSchema, regionalContactSchema])
  .refine((contact) => contact.verified || hasOnlyNameOfferAndWebsite(contact), {
    message: 'an unverified contact keeps only its name, what it does and its website',
  });

export const contactsSchema = z.array(contactSchema).superRefine((contacts, context) => {
  const seen = new Set<string>();
  for (const contact of contacts) {
    if (seen.has(contact.id)) context.addIssue({ code: 'custom', message: `duplicate contact id ${contact.id}` });
    seen.add(contact.id);
  }
});

export type Phone = z.infer<typeof phoneSchema>;
export type Channels = z.infer<typeof channelsSchema>;
export type RegionalAreas = z.infer<typeof regionalAreasSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type NationalContact = z.infer<typeof nationalContactSchema>;
export type RegionalContact = z.infer<typeof regionalContactSchema>;
export type Contact = z.infer<typeof contactSchema>;

/** `comensha` → `comensha`, `fier-chat` → `fierChat`: the key segment for a contact's offer text. */
export function offerKeyFor(contactId: string): string {
  return `contacts:offers.${contactId.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())}`;
}

/** Parses `YYYY-MM-DD` as a calendar date (no time zone involved). */
function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** A sortable number for a calendar date: 2026-11-28 → 20261128. */
function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/**
 * Whether to show "may be out of date": the source was last read more than 12 months before
 * `today` (the person's local date), the details come from the older coordinator directory, or our
 * confidence in the entry is low.
 */
export function isPossiblyOutdated(contact: Contact, today: Date): boolean {
  if (contact.isFromCoordinatorDirectory || contact.confidence === 'low') return true;
  const checked = parseCalendarDate(contact.checkedOn);
  const oneYearLater = dayNumber(checked.year + 1, checked.month, checked.day);
  const todayNumber = dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return todayNumber > oneYearLater;
}
