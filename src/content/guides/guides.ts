/**
 * Practical guides: short, concrete help with one question (applying for social assistance,
 * a gap in your CV, someone else in control …). Each item names where its fact comes from.
 *
 * Ids are stored in personal plans and referenced by topics (`guideIds`): never rename them.
 * Text keys are derived from the ids so the data and the locale files cannot drift apart:
 * guide `cv-gap`, section `options`, item `self-employed` →
 * `guides:cvGap.sections.options.items.selfEmployed`.
 */
import type { Guide, Source } from '../../domain/content';
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import type { PurposeId } from '../../domain/contactPurposes';
import { someoneThreatensToTell } from './someoneThreatensToTell';
import { workingSafer } from './workingSafer';
import { forYouIf } from './forYouIf';
import { under18 } from './under18';
import { isThisMe } from './isThisMe';
import { careerSwitch } from './careerSwitch';
import { askFor } from './askFor';

export const guideIds = [
  'social-assistance',
  'cv-gap',
  'debts-first-steps',
  'finding-housing',
  'sti-check',
  'someone-else-in-control',
  'someone-threatens-to-tell',
  'pull-back',
  'talents',
  'stigma',
  'working-safer',
  'for-you-if',
  'under-18',
  'is-this-me',
  'career-switch',
  'ask-for',
] as const;

export type GuideId = (typeof guideIds)[number];

/** Contact ids shown above the text of the guide about someone else being in control. */
export const controlUrgentContactIds = ['alarmnummer-112', 'fier-chat', 'comensha', 'veilig-thuis'] as const;

interface ItemDraft {
  id: string;
  source: readonly Source[];
}

interface SectionDraft {
  id: string;
  /** A list of things to do or bring: "Put these steps in my plan" puts them there in one tap. */
  checklist?: true;
  items: readonly ItemDraft[];
}

export interface GuideDraft {
  id: GuideId;
  phases: readonly PhaseId[];
  domains: readonly DomainId[];
  urgentContactIds?: readonly string[];
  helpPurpose?: PurposeId;
  /** Guides to read next, shown as cards under the text. */
  relatedGuideIds?: readonly GuideId[];
  /** Whether the guide ends with a link to the reader's own record of what happened (the vault). */
  linksToIncidentLog?: boolean;
  sections: readonly SectionDraft[];
}

const namespace = 'guides';

/** `fraud-sensitive` → `fraudSensitive`: ids are kebab-case, locale keys camelCase. */
export function toKeySegment(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function buildGuide(draft: GuideDraft): Guide {
  const guideKey = `${namespace}:${toKeySegment(draft.id)}`;
  return {
    id: draft.id,
    titleKey: `${guideKey}.title`,
    summaryKey: `${guideKey}.summary`,
    phases: [...draft.phases],
    domains: [...draft.domains],
    urgentContactIds: [...(draft.urgentContactIds ?? [])],
    ...(draft.helpPurpose ? { helpPurpose: draft.helpPurpose } : {}),
    ...(draft.relatedGuideIds ? { relatedGuideIds: [...draft.relatedGuideIds] } : {}),
    ...(draft.linksToIncidentLog ? { linksToIncidentLog: true } : {}),
    sections: draft.sections.map((section) => {
      const sectionKey = `${guideKey}.sections.${toKeySegment(section.id)}`;
      return {
        // Qualified ids stay unique across all guides, so a plan can point at one item.
        id: `${draft.id}.${section.id}`,
        headingKey: `${sectionKey}.heading`,
        isChecklist: section.checklist === true,
        items: section.items.map((item) => ({
          id: `${draft.id}.${section.id}.${item.id}`,
          textKey: `${sectionKey}.items.${toKeySegment(item.id)}`,
          sources: [...item.source],
        })),
      };
    }),
  };
}

// Sources used by several items.
const awb = [pages.objectionJuridischLoket];
const juridischLoket = [pages.juridischLoketHowWeWork];
const debtHelpFree = [pages.debtHelpRechtwijzer];
const anonymousLines = [pages.fierChatOmropFryslan, pages.veiligThuisChat];
const emergency = [pages.emergencyNumberPolitie];
const talentsSource = [report('3.3')];
const aftercare = [report('3.2')];
const pullBack = [report('2.4')];

const drafts: readonly GuideDraft[] = [
  {
    id: 'social-assistance',
    phases: ['considering', 'stopping'],
    domains: ['money', 'work'],
    // People in an asylum seekers' centre (the not-Dutch section) find more in 'For you, too'.
    relatedGuideIds: ['for-you-if'],
    sections: [
      {
        id: 'income-first',
        items: [
          {
            id: 'why-first',
            source: [report('2.4')],
          },
          { id: 'temporary', source: [report('2.4')] },
          { id: 'less-money', source: [report('2.4'), report('2.3')] },
          {
            id: 'where',
            source: [report('2.4')],
          },
        ],
      },
      {
        // What applies to people who are not Dutch: the report's profile 2 is often not Dutch (ch. 4).
        id: 'not-dutch',
        items: [
          { id: 'ask-first', source: [pages.juridischLoketForeigners, pages.juridischLoketHowWeWork] },
          { id: 'eu-citizen', source: [pages.juridischLoketForeigners, pages.indPublicFunds] },
          { id: 'permit', source: [pages.juridischLoketForeigners, pages.indPublicFunds, pages.nationalityRijswijk] },
          { id: 'no-papers', source: [pages.juridischLoketForeigners] },
          { id: 'asylum', source: [pages.nationalityRijswijk, pages.coaReception] },
        ],
      },
      {
        id: 'age-and-home',
        items: [
          { id: 'under-27', source: [pages.under27Groningen] },
          { id: 'sharing-home', source: [pages.sharingAHomeDenHaag, pages.applyingKaagEnBraassem] },
        ],
      },
      {
        id: 'bring',
        checklist: true,
        items: [
          { id: 'identity', source: [pages.applyingKaagEnBraassem] },
          { id: 'bank', source: [pages.applyingKaagEnBraassem] },
          { id: 'rent', source: [pages.applyingKaagEnBraassem] },
          { id: 'other-papers', source: [pages.applyingKaagEnBraassem] },
          { id: 'ask-list', source: [pages.applyingKaagEnBraassem] },
        ],
      },
      {
        id: 'fraud-sensitive',
        items: [
          { id: 'what-happened', source: [report('2.3')] },
          {
            id: 'with-worker',
            source: [report('2.3'), report('3.2')],
          },
          { id: 'in-writing', source: awb },
          { id: 'object', source: awb },
          { id: 'legal-help', source: juridischLoket },
        ],
      },
      {
        id: 'meanwhile',
        items: [
          {
            id: 'advance',
            source: [pages.advanceTholen],
          },
          { id: 'copies', source: [report('2.3')] },
          { id: 'debts-too', source: [report('3.2'), pages.debtHelpRechtwijzer] },
        ],
      },
    ],
  },
  {
    id: 'cv-gap',
    phases: ['considering', 'stopping', 'after'],
    domains: ['work', 'education'],
    sections: [
      {
        id: 'why-hard',
        items: [
          { id: 'common-question', source: [report('2.4')] },
          { id: 'employers', source: [report('3.4')] },
        ],
      },
      {
        id: 'your-choice',
        items: [
          {
            id: 'never-have-to',
            source: [report('2.4')],
          },
          { id: 'private-answer', source: [report('3.4')] },
        ],
      },
      {
        id: 'options',
        items: [
          { id: 'self-employed', source: [report('2.4'), report('3.4')] },
          { id: 'hospitality', source: [report('2.4'), report('3.4')] },
          { id: 'skills', source: [...talentsSource, report('2.4')] },
          { id: 'other-things', source: [report('2.4'), report('3.4')] },
          { id: 'keep-short', source: [report('3.4')] },
        ],
      },
      {
        id: 'help',
        items: [
          { id: 'job-coach', source: [report('3.2')] },
          {
            id: 'work-experience',
            source: [report('3.2')],
          },
          { id: 'practise', source: [report('3.4')] },
        ],
      },
    ],
  },
  {
    id: 'debts-first-steps',
    phases: ['working', 'considering', 'stopping', 'after'],
    domains: ['money'],
    sections: [
      {
        id: 'overview',
        checklist: true,
        items: [
          { id: 'list', source: [pages.debtHelpRechtwijzer] },
          { id: 'open-post', source: [pages.debtHelpRechtwijzer] },
          { id: 'dont-ignore', source: [pages.collectionJuridischLoket] },
          { id: 'one-place', source: [pages.debtHelpRechtwijzer] },
        ],
      },
      {
        id: 'free-help',
        items: [
          { id: 'municipal', source: [...debtHelpFree, report('3.2')] },
          { id: 'arrangement', source: [report('3.2')] },
          { id: 'come-along', source: [report('3.2')] },
          { id: 'expertise', source: [report('3.4')] },
          {
            id: 'anonymous-start',
            source: [pages.geldfitHulplijn],
          },
        ],
      },
      {
        id: 'living-on-less',
        items: [
          {
            id: 'lifestyle',
            source: [report('2.4'), report('2.3')],
          },
          { id: 'fixed-costs', source: [report('3.2')] },
          { id: 'week-money', source: [report('3.2')] },
          {
            id: 'keeps-mattering',
            source: [report('2.4')],
          },
        ],
      },
    ],
  },
  {
    id: 'finding-housing',
    phases: ['considering', 'stopping', 'after'],
    domains: ['housing', 'safety'],
    sections: [
      {
        id: 'register-early',
        items: [
          {
            id: 'private-rent',
            source: [report('2.3')],
          },
          { id: 'long-waits', source: [report('3.4'), report('3.2')] },
          {
            id: 'register-now',
            source: [pages.housingAllocationRigo],
          },
          {
            id: 'how',
            source: [report('3.2')],
          },
        ],
      },
      {
        id: 'urgency',
        items: [
          { id: 'what', source: [report('3.4'), report('3.3')] },
          { id: 'not-everywhere', source: [report('3.4')] },
          { id: 'still-wait', source: [report('3.4')] },
        ],
      },
      {
        id: 'safe-place',
        items: [
          { id: 'when', source: [report('2.4')] },
          { id: 'shelters', source: [report('3.2')] },
          { id: 'say-urgent', source: [report('3.4')] },
          { id: 'danger', source: emergency },
        ],
      },
    ],
  },
  {
    id: 'sti-check',
    phases: ['working', 'considering', 'stopping', 'after'],
    domains: ['health'],
    helpPurpose: 'sexualHealth',
    sections: [
      {
        id: 'where',
        items: [
          {
            id: 'ggd',
            source: [report('2.4')],
          },
          {
            id: 'free',
            source: [pages.stiTestSexWork, pages.ggdSexualHealthRivm],
          },
          {
            id: 'anonymous',
            source: [pages.stiTestAnonymous],
          },
          {
            id: 'at-work',
            source: [report('3.2'), pages.stiTestSexWork],
          },
        ],
      },
      {
        id: 'what-happens',
        items: [
          { id: 'appointment', source: [pages.stiTestSexWork] },
          {
            id: 'questions',
            source: [pages.stiTestSexWork],
          },
          {
            id: 'tests',
            source: [pages.stiTestSexWork],
          },
          {
            id: 'results',
            source: [pages.stiTestSexWork],
          },
          {
            id: 'hepatitis-b',
            source: [pages.stiTestSexWork],
          },
        ],
      },
      {
        id: 'how-often',
        items: [
          { id: 'regularly', source: [pages.stiTestSexWork] },
          { id: 'sooner', source: [pages.stiTestSexWork] },
          {
            id: 'pep',
            source: [pages.pepSense],
          },
          { id: 'after-stopping', source: [pages.stiTestSexWork] },
        ],
      },
    ],
  },
  {
    id: 'someone-else-in-control',
    phases: ['working', 'considering', 'stopping', 'after'],
    domains: ['safety', 'money', 'network'],
    urgentContactIds: controlUrgentContactIds,
    sections: [
      {
        id: 'familiar',
        items: [
          { id: 'money', source: [report('4')] },
          { id: 'papers', source: [pages.signsOfExploitationVeiligThuis, report('4')] },
          {
            id: 'phone',
            source: [pages.signsOfExploitationCkm, report('4')],
          },
          { id: 'cant-say-no', source: [report('2.1')] },
          { id: 'threats', source: [report('2.1'), report('2.2')] },
          { id: 'debt', source: [pages.signsOfExploitationCkm, report('4')] },
        ],
      },
      {
        id: 'good-to-know',
        items: [
          {
            id: 'starts-slowly',
            source: [report('2.1'), report('4')],
          },
          { id: 'not-your-fault', source: [report('4')] },
          {
            id: 'you-decide',
            source: [report('3.2'), report('3.3')],
          },
        ],
      },
      {
        id: 'talking',
        items: [
          { id: 'not-reporting', source: anonymousLines },
          { id: 'no-name', source: anonymousLines },
          {
            id: 'without-papers',
            source: [pages.comenshaWegwijzer],
          },
          {
            id: 'police-later',
            source: [report('2.3')],
          },
        ],
      },
      {
        id: 'safety',
        items: [
          { id: 'danger', source: emergency },
          { id: 'safe-place', source: [report('2.4'), report('3.2')] },
          { id: 'phone-check', source: [report('2.4')] },
          {
            id: 'old-contacts',
            source: [...aftercare, report('2.4')],
          },
        ],
      },
    ],
  },
  someoneThreatensToTell,
  {
    id: 'pull-back',
    phases: ['stopping', 'after'],
    domains: ['network', 'money', 'health'],
    sections: [
      {
        id: 'common',
        items: [
          { id: 'attraction', source: pullBack },
          { id: 'familiar-world', source: pullBack },
          { id: 'not-failing', source: [report('2.4')] },
        ],
      },
      {
        id: 'moments',
        items: [
          { id: 'money', source: [...pullBack] },
          { id: 'old-client', source: [...pullBack] },
          { id: 'breakup', source: [...pullBack] },
          { id: 'job-loss', source: [...pullBack] },
          { id: 'addiction', source: [...pullBack] },
          { id: 'thrill', source: [...pullBack] },
        ],
      },
      {
        id: 'what-helps',
        items: [
          {
            id: 'safety-net',
            source: [report('2.4')],
          },
          { id: 'one-person', source: [...aftercare] },
          { id: 'aftercare', source: [...aftercare, report('2.4')] },
          { id: 'block', source: [report('2.4')] },
          { id: 'mind', source: [report('2.4'), report('3.2')] },
        ],
      },
      {
        id: 'door-open',
        items: [
          { id: 'ask-again', source: [...aftercare, report('3.3')] },
          { id: 'balance', source: [...pullBack] },
        ],
      },
    ],
  },
  {
    id: 'talents',
    phases: ['working', 'considering', 'stopping', 'after'],
    domains: ['work', 'education', 'meaning'],
    sections: [
      {
        id: 'yours',
        items: [
          { id: 'social', source: talentsSource },
          { id: 'helpful', source: talentsSource },
          { id: 'persistent', source: talentsSource },
          { id: 'negotiating', source: talentsSource },
          { id: 'reading-people', source: talentsSource },
          {
            id: 'independent',
            source: [report('2.4')],
          },
        ],
      },
      {
        id: 'where-they-fit',
        items: [
          {
            id: 'sales',
            source: [...talentsSource],
          },
          {
            id: 'customer-service',
            source: [...talentsSource],
          },
          {
            id: 'hospitality',
            source: [...talentsSource, report('3.2')],
          },
          { id: 'care', source: [...talentsSource, report('3.4')] },
          {
            id: 'beauty',
            source: [report('2.4')],
          },
          {
            id: 'experience-expert',
            source: [report('2.4'), report('3.2')],
          },
        ],
      },
      {
        id: 'realistic',
        items: [
          { id: 'pay', source: [report('2.3')] },
          { id: 'wishes', source: [report('2.4')] },
          { id: 'training-money', source: [report('3.4'), pages.leerwerkloketAbout] },
          { id: 'other-things-first', source: [report('2.4')] },
          { id: 'write-down', source: [report('3.3')] },
        ],
      },
    ],
  },
  {
    id: 'stigma',
    phases: ['working', 'considering', 'stopping', 'after'],
    domains: ['network', 'work', 'health'],
    sections: [
      {
        id: 'you-decide',
        items: [
          {
            id: 'secret',
            source: [report('2.3'), report('2.2')],
          },
          { id: 'no-pressure', source: [report('3.3')] },
          {
            id: 'leave-behind',
            source: [report('2.4')],
          },
          { id: 'employer', source: [report('3.4')] },
          {
            id: 'more-stigma',
            source: [report('3.2')],
          },
        ],
      },
      {
        id: 'safe-to-tell',
        items: [
          {
            id: 'support-worker',
            source: [report('3.3'), report('3.2')],
          },
          {
            id: 'peers',
            source: [report('3.2')],
          },
          { id: 'gp', source: [pages.stiTestSexWork] },
          { id: 'listening-line', source: [pages.luisterlijnNrc] },
        ],
      },
      {
        id: 'family',
        items: [
          { id: 'think-first', source: [report('2.4')] },
          { id: 'part', source: [report('2.4')] },
          { id: 'practise', source: [report('3.2')] },
          { id: 'reactions', source: [report('2.4')] },
        ],
      },
      {
        id: 'shame',
        items: [
          { id: 'later', source: [report('4')] },
          {
            id: 'part-of-life',
            source: [report('3.2')],
          },
        ],
      },
    ],
  },
  workingSafer,
  forYouIf,
  under18,
  isThisMe,
  careerSwitch,
  askFor,
];

export const guides: readonly Guide[] = drafts.map(buildGuide);

export function findGuide(id: string): Guide | undefined {
  return guides.find((guide) => guide.id === id);
}
