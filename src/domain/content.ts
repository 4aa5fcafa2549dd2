/**
 * The shape of Verder's knowledge. Content is data, validated by these schemas in the test suite,
 * so a typo in an id, a missing source or a wrong phase fails before anyone sees it.
 * Text is never stored here: only i18n keys, so every language shares the same facts.
 */
import { z } from 'zod';
import { domainIds } from './domains';
import { phaseIds } from './phases';
import { purposeIds } from './contactPurposes';
import { reportSectionIds } from './reportSections';

/** Stable ids: later a personal plan stores them, so they must never be renamed. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lowercase words joined by "." or "-"');

/** An i18n key with its namespace, e.g. `explore:stopping.housing.needs.affordableHome`. */
export const textKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z]*:[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*$/, 'text keys look like "namespace:dotted.path"');

/**
 * Where a fact comes from: a section of the source report, or a public page (an official site such
 * as Rijksoverheid, IND, Juridisch Loket or a GGD) with its address and the day someone read it.
 * Nothing else: no "general knowledge", no internal documents.
 */
export const reportSourceSchema = z.object({ kind: z.literal('report'), section: z.enum(reportSectionIds) }).strict();

export const publicSourceSchema = z
  .object({
    kind: z.literal('public'),
    url: z.string().regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'a public source is an https address'),
    /** The page's own title, as the page shows it. */
    title: z.string().min(3),
    /** The day the page was read (YYYY-MM-DD). */
    readOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a public source needs the date it was read'),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('kind', [reportSourceSchema, publicSourceSchema]);
export type Source = z.infer<typeof sourceSchema>;

/** An item rests on one or more sources; all of them are shown. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'every item needs a source');

export const contentItemSchema = z.object({
  id: contentIdSchema,
  textKey: textKeySchema,
  sources: sourcesSchema,
});

export const topicSectionIds = ['needs', 'help', 'steps', 'obstacles'] as const;

export const relevantTopicSchema = z.object({
  id: contentIdSchema,
  phase: z.enum(phaseIds),
  domain: z.enum(domainIds),
  isRelevant: z.literal(true),
  introKey: textKeySchema,
  needs: z.array(contentItemSchema).min(1),
  help: z.array(contentItemSchema).min(1),
  steps: z.array(contentItemSchema).min(1),
  /** Only where the report names obstacles and ways past them. */
  obstacles: z.array(contentItemSchema),
  /** Guides that go deeper, by guide id. */
  guideIds: z.array(contentIdSchema),
});

/** A phase × domain pair that does not apply says so explicitly, with the reason shown to the reader. */
export const irrelevantTopicSchema = z.object({
  id: contentIdSchema,
  phase: z.enum(phaseIds),
  domain: z.enum(domainIds),
  isRelevant: z.literal(false),
  reasonKey: textKeySchema,
  sources: sourcesSchema,
});

export const topicSchema = z.discriminatedUnion('isRelevant', [relevantTopicSchema, irrelevantTopicSchema]);

export const guideSectionSchema = z.object({
  id: contentIdSchema,
  headingKey: textKeySchema,
  items: z.array(contentItemSchema).min(1),
  /** Things to do or bring, which the person can put in their plan as steps in one tap. */
  isChecklist: z.boolean(),
});

export const guideSchema = z.object({
  id: contentIdSchema,
  titleKey: textKeySchema,
  summaryKey: textKeySchema,
  phases: z.array(z.enum(phaseIds)).min(1),
  domains: z.array(z.enum(domainIds)),
  sections: z.array(guideSectionSchema).min(1),
  /** Urgent contacts first: guides about safety list contact ids to show above the text. */
  urgentContactIds: z.array(contentIdSchema),
  /** Where in Find help the guide's own kind of help is listed (e.g. the sexual-health clinics). */
  helpPurpose: z.enum(purposeIds).optional(),
  /** Guides to read next, by guide id. */
  relatedGuideIds: z.array(contentIdSchema).optional(),
  /** The guide ends with a link to the reader's own record of what happened (in the vault). */
  linksToIncidentLog: z.boolean().optional(),
});

export type ContentItem = z.infer<typeof contentItemSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type RelevantTopic = z.infer<typeof relevantTopicSchema>;
export type Guide = z.infer<typeof guideSchema>;
