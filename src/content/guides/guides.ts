/**
 * Practical guides: short, concrete help with one question (applying for social assistance,
 * a gap in your CV, someone else in control …). Each item names where its fact comes from.
 *
 * Ids are stored in personal plans and referenced by topics (`guideIds`): never rename them.
 * Text keys are derived from the ids so the data and the locale files cannot drift apart:
 * guide `cv-gap`, section `options`, item `self-employed` →
 * `guides:cvGap.sections.options.items.selfEmployed`.
 */
import type { Guide } from '../../domain/content';
import type { DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import type { PurposeId } from '../../domain/contactPurposes';
import { someoneThreatensToTell } from './someoneThreatensToTell';

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
] as const;

export type GuideId = (typeof guideIds)[number];

/** Contact ids shown above the text of the guide about someone else being in control. */
export const controlUrgentContactIds = ['alarmnummer-112', 'fier-chat', 'comensha', 'veilig-thuis'] as const;

interface ItemDraft {
  id: string;
  source: string;
}

interface SectionDraft {
  id: string;
  items: readonly ItemDraft[];
}

export interface GuideDraft {
  id: GuideId;
  phases: readonly PhaseId[];
  domains: readonly DomainId[];
  urgentContactIds?: readonly string[];
  helpPurpose?: PurposeId;
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
    sections: draft.sections.map((section) => {
      const sectionKey = `${guideKey}.sections.${toKeySegment(section.id)}`;
      return {
        // Qualified ids stay unique across all guides, so a plan can point at one item.
        id: `${draft.id}.${section.id}`,
        headingKey: `${sectionKey}.heading`,
        items: section.items.map((item) => ({
          id: `${draft.id}.${section.id}.${item.id}`,
          textKey: `${sectionKey}.items.${toKeySegment(item.id)}`,
          source: item.source,
        })),
      };
    }),
  };
}

// Sources used by several items.
const awb =
  'general knowledge: Dutch administrative law (Algemene wet bestuursrecht): an application gets a written decision that says how to object';
const juridischLoket =
  'general knowledge: Het Juridisch Loket gives free legal advice to people on a low income; contacts data nl-juridisch-loket';
const debtHelpFree =
  'general knowledge: municipal debt help (schuldhulpverlening) is free (Wet gemeentelijke schuldhulpverlening)';
const anonymousLines = 'contacts data: nl-fier-chat (anonymous chat), nl-veilig-thuis (anonymous contact possible)';
const emergency = 'general knowledge: 112 is the Dutch emergency number; contacts data nl-112';
const talentsSource = 'report §3.3 Het handelen van PMW\u2019ers (talenten)';
const aftercare = 'report §3.2 Nazorg';
const pullBack = 'report §2.4 Wanneer de voormalig sekswerker een andere dagindeling heeft';

const drafts: readonly GuideDraft[] = [
  {
    id: 'social-assistance',
    phases: ['considering', 'stopping'],
    domains: ['money', 'work'],
    sections: [
      {
        id: 'income-first',
        items: [
          {
            id: 'why-first',
            source: 'report §2.4 Tijdens het overwegen om te stoppen (zicht op praktische hulp, inkomenszekerheid)',
          },
          { id: 'temporary', source: 'report §2.4 Tijdens het stoppen, Passend werk en inkomen' },
          { id: 'less-money', source: 'report §2.4 Passend werk en inkomen; §2.3 Financiële uitdagingen en schulden' },
          {
            id: 'where',
            source: 'report §2.4 Passend werk en inkomen (sociale dienst van de gemeente waar je staat ingeschreven)',
          },
        ],
      },
      {
        id: 'bring',
        items: [
          { id: 'identity', source: 'general knowledge: municipalities ask for proof of identity with an application' },
          { id: 'bank', source: 'general knowledge: municipalities ask for recent bank statements of all accounts' },
          { id: 'rent', source: 'general knowledge: municipalities ask for the rental contract and proof of rent' },
          { id: 'other-papers', source: 'general knowledge: municipalities ask about income, savings and debts' },
          { id: 'ask-list', source: 'general knowledge: each municipality has its own list of papers' },
        ],
      },
      {
        id: 'fraud-sensitive',
        items: [
          { id: 'what-happened', source: 'report §2.3 Redenen om met hulp te stoppen (fraudegevoelige sector)' },
          {
            id: 'with-worker',
            source:
              'report §2.3 Redenen om met hulp te stoppen; §3.2 Uitvoering (vaste contactpersonen bij sociale diensten)',
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
            source:
              'general knowledge: a municipality can pay an advance (voorschot) while it decides on social assistance',
          },
          { id: 'copies', source: 'general knowledge: keep copies of what you hand in' },
          { id: 'debts-too', source: 'report §3.2 Uitvoering (schulden, gemeentelijke schuldhulpverlening)' },
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
          { id: 'common-question', source: 'report §2.4 Passend werk en inkomen (wel of niet noemen op je cv)' },
          { id: 'employers', source: 'report §3.4 Passend werk met een passend salaris (stigma, gaten in cv\u2019s)' },
        ],
      },
      {
        id: 'your-choice',
        items: [
          {
            id: 'never-have-to',
            source:
              'general knowledge: a CV is your own summary; there is no duty to list every job or to tell an employer about your past',
          },
          { id: 'private-answer', source: 'general knowledge: common job-interview advice' },
        ],
      },
      {
        id: 'options',
        items: [
          { id: 'self-employed', source: 'general knowledge: common CV wording for self-employed work' },
          { id: 'hospitality', source: 'general knowledge: common CV wording for sector work' },
          { id: 'skills', source: `${talentsSource}; report §2.4 Passend werk en inkomen` },
          { id: 'other-things', source: 'general knowledge: common CV advice about gaps' },
          { id: 'keep-short', source: 'general knowledge: common job-interview advice' },
        ],
      },
      {
        id: 'help',
        items: [
          { id: 'job-coach', source: 'report §3.2 Uitvoering, Passend werk en inkomen (cv\u2019s, jobcoaches)' },
          {
            id: 'work-experience',
            source: 'report §3.2 Uitvoering (werkervaringsplaatsen in restaurants of kringloopwinkels)',
          },
          { id: 'practise', source: 'general knowledge: common job-interview advice' },
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
        items: [
          { id: 'list', source: 'general knowledge: a list of creditors is the usual first step in debt help' },
          { id: 'open-post', source: 'general knowledge: debt help starts with the letters you received' },
          { id: 'dont-ignore', source: 'general knowledge: unpaid debts grow through collection costs and interest' },
          { id: 'one-place', source: 'general knowledge: debt help asks for your letters and papers' },
        ],
      },
      {
        id: 'free-help',
        items: [
          { id: 'municipal', source: `${debtHelpFree}; report §3.2 Uitvoering (gemeentelijke schuldhulpverlening)` },
          { id: 'arrangement', source: 'report §3.2 Uitvoering, Schulden (betalingsregelingen)' },
          { id: 'come-along', source: 'report §3.2 Uitvoering, Schulden (hulpverleners gaan mee naar gesprekken)' },
          { id: 'expertise', source: 'report §3.4 (weinig sekswerkgerelateerde expertise bij schuldhulpverlening)' },
          {
            id: 'anonymous-start',
            source: 'contacts data: nl-geldfit (free, anonymous first contact for money worries)',
          },
        ],
      },
      {
        id: 'living-on-less',
        items: [
          {
            id: 'lifestyle',
            source: 'report §2.4 Tijdens het stoppen, Schulden; §2.3 Financiële uitdagingen en schulden',
          },
          { id: 'fixed-costs', source: 'general knowledge: budgeting advice to pay fixed costs first' },
          { id: 'week-money', source: 'general knowledge: budgeting with weekly amounts' },
          {
            id: 'keeps-mattering',
            source: 'report §2.4 Wanneer de voormalig sekswerker een andere dagindeling heeft (budgetbeheer)',
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
            source: 'report §2.3 Financiële uitdagingen en schulden (particuliere huursector, hoge huren)',
          },
          { id: 'long-waits', source: 'report §3.4 Wonen; §3.2 Uitvoering, Belemmeringen (woonruimte is schaars)' },
          {
            id: 'register-now',
            source:
              'general knowledge: for social rental homes, waiting time usually counts from the date you register',
          },
          {
            id: 'how',
            source: 'report §3.2 Uitvoering, Wonen (inschrijven sociale huurwoning, contact met woningcorporaties)',
          },
        ],
      },
      {
        id: 'urgency',
        items: [
          { id: 'what', source: 'report §3.4 Wonen (urgentieverklaring); §3.3 samenwerkingsafspraken' },
          { id: 'not-everywhere', source: 'report §3.4 Wonen (in enkele gemeenten, bij meerdere belemmeringen)' },
          { id: 'still-wait', source: 'report §3.4 Wonen (ook dan zijn wachtrijen lang)' },
        ],
      },
      {
        id: 'safe-place',
        items: [
          { id: 'when', source: 'report §2.4 Tijdens het stoppen, Wonen (tijdelijk, veilig onderdak)' },
          { id: 'shelters', source: 'report §3.2 Uitvoering, Veiligheid (vrouwen- en mannenopvang, hotels)' },
          { id: 'say-urgent', source: 'report §3.4 (financiering van opvang moet eerst geregeld worden)' },
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
            source: 'report §2.4 Tijdens het doen van sekswerk (soa-controles van de GGD); contacts data nl-ggd-csg',
          },
          {
            id: 'free',
            source:
              'general knowledge: GGD sexual health clinics test sex workers free of charge (RIVM, aanvullende seksuele gezondheidszorg); contacts data nl-ggd-csg',
          },
          {
            id: 'anonymous',
            source:
              'general knowledge: GGD sexual health clinics test anonymously if you wish; contacts data nl-ggd-csg',
          },
          {
            id: 'at-work',
            source: 'report §3.2 Contact (veldwerk vaak samen met de GGD); soaaids.nl: Sex work and STI-test, undated',
          },
        ],
      },
      {
        id: 'what-happens',
        items: [
          { id: 'appointment', source: 'general knowledge: GGD sexual health clinics work by appointment' },
          {
            id: 'questions',
            source: 'general knowledge: a GGD STI consultation starts with questions about health and sex',
          },
          {
            id: 'tests',
            source: 'soaaids.nl: Sex work and STI-test (blood test for HIV, syphilis, hepatitis B; swabs), undated',
          },
          {
            id: 'results',
            source: 'general knowledge: the GGD tells you the results and treats an STI if one is found',
          },
          {
            id: 'hepatitis-b',
            source:
              'general knowledge: the national hepatitis B vaccination programme for risk groups includes sex workers',
          },
        ],
      },
      {
        id: 'how-often',
        items: [
          { id: 'regularly', source: 'soaaids.nl: Sex work and STI-test (advises a test twice a year), undated' },
          { id: 'sooner', source: 'soaaids.nl: Sex work and STI-test (go with symptoms), undated' },
          {
            id: 'pep',
            source: 'general knowledge: medicine after a risk of HIV (PEP) works only if started within 72 hours',
          },
          { id: 'after-stopping', source: 'general knowledge: a GP can also test for STIs' },
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
          { id: 'money', source: 'report ch. 4 profile 3 (financiële uitbuiting)' },
          { id: 'papers', source: 'report ch. 4 profile 3 (afhankelijkheid); §2.1 (druk, dreiging of dwang)' },
          {
            id: 'phone',
            source:
              'report §2.4 Veiligheid (isolatie van het oude netwerk); ch. 4 profile 3 (afhankelijkheidsrelaties)',
          },
          { id: 'cant-say-no', source: 'report §2.1 (druk, dreiging of dwang van derden)' },
          { id: 'threats', source: 'report §2.1; §2.2 (geweld, chantage, afpersing en dreiging)' },
          { id: 'debt', source: 'report ch. 4 profile 3 (financiële uitbuiting, afhankelijkheid)' },
        ],
      },
      {
        id: 'good-to-know',
        items: [
          {
            id: 'starts-slowly',
            source: 'report §2.1 (later in een onvrije situatie); ch. 4 profile 3 ((emotionele) afhankelijkheid)',
          },
          { id: 'not-your-fault', source: 'report ch. 4 profiles table (loyaliteit, schaamte)' },
          {
            id: 'you-decide',
            source: 'report §3.2 Oriëntatie (niet aandringen); §3.3 (behoefte van de persoon centraal)',
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
            source: 'contacts data: nl-comensha (advice on shelter, care and residence permits)',
          },
          {
            id: 'police-later',
            source: 'report §2.3 Na een uitbuitingssituatie (soms na verloop van tijd melding of aangifte)',
          },
        ],
      },
      {
        id: 'safety',
        items: [
          { id: 'danger', source: emergency },
          { id: 'safe-place', source: 'report §2.4 Veiligheid; §3.2 Uitvoering, Veiligheid (opvang, hotels)' },
          { id: 'phone-check', source: 'Verder product brief: quick exit and the safety page' },
          {
            id: 'old-contacts',
            source: `${aftercare} (actie als het oude netwerk contact opneemt); §2.4 Na het stoppen`,
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
          { id: 'not-failing', source: 'report §2.4 (fases volgen elkaar niet altijd op; heen en weer)' },
        ],
      },
      {
        id: 'moments',
        items: [
          { id: 'money', source: `${pullBack} (de financiën)` },
          { id: 'old-client', source: `${pullBack} (een klant die weer contact zoekt)` },
          { id: 'breakup', source: `${pullBack} (een relatie die stukgaat)` },
          { id: 'job-loss', source: `${pullBack} (ontslag op het nieuwe werk)` },
          { id: 'addiction', source: `${pullBack} (een verslaving die weer opspeelt)` },
          { id: 'thrill', source: `${pullBack} (de kick)` },
        ],
      },
      {
        id: 'what-helps',
        items: [
          {
            id: 'safety-net',
            source: 'report §2.3 (\u201cje hebt een vangnet nodig\u201d); Verder product brief: safety net in My plan',
          },
          { id: 'one-person', source: `${aftercare} (passieve nazorg: telefoonnummers delen)` },
          { id: 'aftercare', source: `${aftercare}; §2.4 Na het stoppen (laagdrempelig contact)` },
          { id: 'block', source: 'general knowledge: phones can block numbers' },
          { id: 'mind', source: 'report §2.4 Na het stoppen (psychische problematiek); §3.2 Uitvoering, Zorg (ggz)' },
        ],
      },
      {
        id: 'door-open',
        items: [
          { id: 'ask-again', source: `${aftercare} (\u201cde deur staat altijd open\u201d); §3.3 (neutrale houding)` },
          { id: 'balance', source: `${pullBack} (balans tussen wel en niet doen van sekswerk)` },
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
            source: 'report §2.4 Passend werk en inkomen (zelfstandig, sociaal vaardig, slagvaardig, dienstverlenend)',
          },
        ],
      },
      {
        id: 'where-they-fit',
        items: [
          {
            id: 'sales',
            source: `${talentsSource} (nuttig in andere branches); general knowledge: skills asked for in sales`,
          },
          {
            id: 'customer-service',
            source: `${talentsSource}; general knowledge: skills asked for in customer service`,
          },
          {
            id: 'hospitality',
            source: `${talentsSource}; report §3.2 Uitvoering (werkervaringsplaatsen in restaurants)`,
          },
          { id: 'care', source: `${talentsSource}; general knowledge: many care jobs need a diploma` },
          {
            id: 'beauty',
            source: 'report §2.4 Onderwijs (opleiding tot kapster of schoonheidsspecialiste als voorbeeld)',
          },
          {
            id: 'experience-expert',
            source:
              'report §2.4 Onderwijs (opleiding tot ervaringsdeskundige); §3.2 Uitvoering (ervaringsdeskundigen); general knowledge: experience experts often follow a course',
          },
        ],
      },
      {
        id: 'realistic',
        items: [
          { id: 'pay', source: 'report §2.3 Financiële uitdagingen en schulden (meer verdienen met het vorige werk)' },
          { id: 'wishes', source: 'report §2.4 Passend werk en inkomen (zelfstandig werken, geen stigma)' },
          { id: 'training-money', source: 'report §3.4 Scholing (vrijwel nooit financiering)' },
          { id: 'other-things-first', source: 'report §2.4 Passend werk en inkomen (eerst andere belemmeringen)' },
          { id: 'write-down', source: 'Verder product brief: talents in My plan' },
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
            source: 'report §2.3 Toenemende psychische klachten (angst voor stigma, geheim houden); §2.2',
          },
          { id: 'no-pressure', source: 'report §3.3 (behoefte van de persoon centraal, neutrale houding)' },
          {
            id: 'leave-behind',
            source:
              'report §2.4 Wanneer de voormalig sekswerker een andere dagindeling heeft (niet herinnerd willen worden)',
          },
          { id: 'employer', source: 'report §3.4 Passend werk met een passend salaris (stigma bij werkgevers)' },
          {
            id: 'more-stigma',
            source: 'report §3.2 Contact, Belemmeringen (transgender sekswerkers, meer stigmatisering)',
          },
        ],
      },
      {
        id: 'safe-to-tell',
        items: [
          {
            id: 'support-worker',
            source:
              'general knowledge: social workers keep what you tell them confidential (beroepsgeheim); report §3.3 (neutrale houding)',
          },
          {
            id: 'peers',
            source: 'report §3.2 Uitvoering, Normen, gedrag en netwerk (ervaringsdeskundigen en buddy\u2019s)',
          },
          { id: 'gp', source: 'general knowledge: a GP has medical confidentiality (medisch beroepsgeheim)' },
          { id: 'listening-line', source: 'contacts data: nl-luisterlijn (anonymous listening line)' },
        ],
      },
      {
        id: 'family',
        items: [
          { id: 'think-first', source: 'general knowledge: preparing a difficult conversation' },
          { id: 'part', source: 'general knowledge: you choose how much you share' },
          { id: 'practise', source: 'report §3.2 Oriëntatie (werken aan zelfvertrouwen en zelfwaardering)' },
          { id: 'reactions', source: 'general knowledge: first reactions to difficult news' },
        ],
      },
      {
        id: 'shame',
        items: [
          { id: 'later', source: 'report ch. 4 profiles table, Nazorg (verleden roept mogelijk schaamte op)' },
          {
            id: 'part-of-life',
            source: 'report §3.2 Oriëntatie (het gevoel dat je ertoe doet, je niet hoeven schamen)',
          },
        ],
      },
    ],
  },
];

export const guides: readonly Guide[] = drafts.map(buildGuide);

export function findGuide(id: string): Guide | undefined {
  return guides.find((guide) => guide.id === id);
}
