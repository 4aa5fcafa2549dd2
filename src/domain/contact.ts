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
import { hoursSchema } from './openingHours';
import { provinceIds, regionIds } from './placeSearch';

export { purposeIds } from './contactPurposes';
export type { PurposeId } from './contactPurposes';
import { purposeIds } from './contactPurposes';

export const phoneKinds = ['voice', 'sms', 'whatsapp'] as const;
export type PhoneKind = (typeof phoneKinds)[number];

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidenceLevels)[number];

export const welcomeGroups = ['men', 'trans', 'migrants', 'undocumented'] as const;
export type WelcomeGroup = (typeof welcomeGroups)[number];

/** Links the app opens: only https, so a data error can never become a `javascript:` link. */
const httpsUrlSchema = z.url({ protocol: /^https$/ });
/** Sources too: a reader opens them, so only https. */
const sourceUrlSchema = z.url({ protocol: /^https$/ });

/** A date as the source shows it: a year, a month or a day (`2019`, `2020-07`, `2025-10-03`). */
const partialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
const isoDateSchema = z.iso.date();

export const phoneSchema = z.object({
  /** Stored normalised, see phoneNumber.ts: `+31334481186`, `08008115` or `112`. */
  number: z.string().refine(isWellFormed, 'store phone numbers normalised (see src/domain/phoneNumber.ts)'),
  kind: z.enum(phoneKinds),
  /** What this number is for or when it is open, e.g. `contacts:phoneLabels.dayAndNightFree`. */
  labelKey: textKeySchema.optional(),
  /** When someone answers, as a source gives it; `unknown` where no source says. */
  hours: hoursSchema,
});

export const sourceRefSchema = z.object({
  url: sourceUrlSchema,
  /** The date the source itself shows, or null when it shows none. */
  date: partialDateSchema.nullable(),
  /** The source gives the date only roughly ("c. 2018"): shown as "about". */
  isDateApproximate: z.boolean().optional(),
});

export const channelsSchema = z
  .object({
    phones: z.array(phoneSchema),
    chatUrl: httpsUrlSchema.nullable(),
    /** When the chat is staffed; null only when there is no chat. */
    chatHours: hoursSchema.nullable(),
    email: z.email().nullable(),
    website: httpsUrlSchema.nullable(),
    /** A street address as published; proper names, so not translated. */
    address: z.string().min(3).nullable(),
    /** Walk-in information as published, as a text key because it needs translating. */
    walkInKey: textKeySchema.nullable(),
    /** The page that states you can walk in; required with `walkInKey`. */
    walkInSource: sourceRefSchema.nullable(),
    /** Walk-in hours where a source gives them. */
    walkInHours: hoursSchema.nullable(),
    /** Sources disagree about walking in: the card says so and the walk-in filter leaves it out. */
    walkInSourcesDisagree: z.boolean(),
  })
  .refine((channels) => (channels.walkInKey === null) === (channels.walkInSource === null), {
    message: 'a walk-in needs the source that states it (walkInSource), and walkInSource needs walkInKey',
    path: ['walkInSource'],
  })
  .refine((channels) => (channels.chatUrl === null) === (channels.chatHours === null), {
    message: 'a chat needs its hours (kind "unknown" when no source gives them)',
    path: ['chatHours'],
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

const boolOrUnknown = z.boolean().nullable();

const contactBaseSchema = z.object({
  id: contentIdSchema,
  /** The organisation's own name; never translated. */
  name: z.string().min(2),
  /** The language of the name, for the reader's voice (WCAG 3.1.2): Dutch unless set. */
  nameLang: z.enum(['nl', 'en']).optional(),
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
  /** The date (YYYY-MM-DD) of the last check, see `checkKind`. */
  checkedOn: isoDateSchema,
  /**
   * `comparedWithSource`: on `checkedOn` a person compared the details with (a stored copy of) the
   * source. `researchFile`: `checkedOn` is the date the research file was written; nobody has
   * compared the details again since. The card says which.
   */
  checkKind: z.enum(['comparedWithSource', 'researchFile']),
  /** Where sources disagree about a detail: a text that says how (`contacts:conflicts.<id>`). */
  conflictKey: textKeySchema.nullable(),
  /** For an entry without a way to reach anyone: the id of an entry that offers the same help and has one. */
  pairedWithId: contentIdSchema.nullable(),
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

/** Any phone, chat, e-mail, website or address: some way to reach a person. */
export function hasWayToReach(contact: Pick<z.infer<typeof contactBaseSchema>, 'channels'>): boolean {
  const { channels } = contact;
  return (
    channels.phones.length > 0 ||
    channels.chatUrl !== null ||
    channels.email !== null ||
    channels.website !== null ||
    channels.address !== null
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
  for (const contact of contacts) {
    if (hasWayToReach(contact)) continue;
    const partner = contacts.find((other) => other.id === contact.pairedWithId);
    if (!partner || !hasWayToReach(partner)) {
      context.addIssue({
        code: 'custom',
        message: `contact ${contact.id} has no way to reach anyone: pair it (pairedWithId) with one that has, or leave it out`,
      });
    }
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

/** A sortable number for a calendar date: 2026-11-28 → 20261128. */
function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/**
 * Whether to show "may be out of date — check first". It follows from the age of the **source**:
 * no date, or a date more than 12 months before `today` (the person's local date; a year-only or
 * month-only date counts from its last day, so it is never made older than it is). Details from
 * the older coordinator directory and low-confidence entries always get it.
 */
export function isPossiblyOutdated(contact: Contact, today: Date): boolean {
  // 112 is the emergency number set by law in the whole EU: an undated page cannot make it wrong, and
  // a doubt on the first card of the screen could make someone hesitate in danger.
  if (contact.purposes[0] === 'emergency') return false;
  if (contact.isFromCoordinatorDirectory || contact.confidence === 'low') return true;
  return isSourceOld(contact.source, today);
}

/** The source shows no date, or its date is more than 12 months before `today`. */
export function isSourceOld(source: SourceRef, today: Date): boolean {
  if (source.date === null) return true;
  const [year = 0, month, day] = source.date.split('-').map(Number);
  const lastMonth = month ?? 12;
  const lastDay = day ?? new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const oneYearLater = dayNumber(year + 1, lastMonth, lastDay);
  const todayNumber = dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return todayNumber > oneYearLater;
}
