/**
 * Explore: for each phase × life domain, what people often need, what help exists and who gives it,
 * first practical steps, and — where the report names them — what can get in the way and what helps.
 * The facts come from the report (§2.3, §2.4, §3.2, §3.3, §3.4, ch. 4 profiles table); every item
 * says where. Texts live in locales/<lang>/explore.json: this file holds ids, text keys and sources.
 *
 * Item ids are stored in personal plans: never rename one. Text keys are derived from the ids, so the
 * data and the locale files cannot drift apart: topic `stopping.housing`, section `steps`, item
 * `register` → id `stopping.housing.register`, text key `explore:stopping.housing.steps.register`.
 */
import type { ContentItem, RelevantTopic, Source, Topic } from '../../domain/content';
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { DomainId } from '../../domain/domains';
import type { PhaseId } from '../../domain/phases';
import type { GuideId } from '../guides/guides';

export const exploreNamespace = 'explore';

type SectionId = 'needs' | 'help' | 'steps' | 'obstacles';

interface ItemDraft {
  /** kebab-case, unique within its topic */
  id: string;
  source: readonly Source[];
}

interface TopicDraft {
  phase: PhaseId;
  domain: DomainId;
  needs: readonly ItemDraft[];
  help: readonly ItemDraft[];
  steps: readonly ItemDraft[];
  /** Only where the report names an obstacle and a way past it. */
  obstacles?: readonly ItemDraft[];
  guideIds?: readonly GuideId[];
}

type IrrelevantTopic = Extract<Topic, { isRelevant: false }>;

/** `register-early` → `registerEarly`: ids are kebab-case, locale keys camelCase. */
function toKeySegment(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function buildItems(phase: PhaseId, domain: DomainId, section: SectionId, drafts: readonly ItemDraft[]): ContentItem[] {
  return drafts.map((draft) => ({
    id: `${phase}.${domain}.${draft.id}`,
    textKey: `${exploreNamespace}:${phase}.${domain}.${section}.${toKeySegment(draft.id)}`,
    sources: [...draft.source],
  }));
}

function relevant(draft: TopicDraft): RelevantTopic {
  const { phase, domain } = draft;
  return {
    id: `${phase}.${domain}`,
    phase,
    domain,
    isRelevant: true,
    introKey: `${exploreNamespace}:${phase}.${domain}.intro`,
    needs: buildItems(phase, domain, 'needs', draft.needs),
    help: buildItems(phase, domain, 'help', draft.help),
    steps: buildItems(phase, domain, 'steps', draft.steps),
    obstacles: buildItems(phase, domain, 'obstacles', draft.obstacles ?? []),
    guideIds: [...(draft.guideIds ?? [])],
  };
}

/** A pair that hardly applies still gets a topic, so the reader sees why and where to look instead. */
function notRelevant(phase: PhaseId, domain: DomainId, source: readonly Source[]): IrrelevantTopic {
  return {
    id: `${phase}.${domain}`,
    phase,
    domain,
    isRelevant: false,
    reasonKey: `${exploreNamespace}:${phase}.${domain}.reason`,
    sources: [...source],
  };
}

// Sources: `report(…)` is a section of the Regioplan report (2021, shared/seed); `pages.…` is a public
// page that was read, with its date (src/content/sources/publicPages.ts).
const whileWorking = [report('2.4')];
const whileConsidering = [report('2.4')];
const stoppingHousing = [report('2.4')];
const stoppingWorkIncome = [report('2.4')];
const stoppingEducation = [report('2.4')];
const stoppingDebts = [report('2.4')];
const stoppingNorms = [report('2.4')];
const stoppingCare = [report('2.4')];
const stoppingSafety = [report('2.4')];
const stoppingMeaning = [report('2.4')];
const afterStopping = [report('2.4')];
const experiences = [report('2.2')];
const moneyTrouble = [report('2.3')];
const mentalComplaints = [report('2.3')];
const physicalComplaints = [report('2.3')];
const substanceUse = [report('2.3')];
const noFuture = [report('2.3')];
const reasonsForHelp = [report('2.3')];
const starting = [report('2.1')];
const contactPhase = [report('3.2')];
const harderToReach = [report('3.2'), report('3.4')];
const orientation = [report('3.2')];
const orientationObstacles = [report('3.2')];
const supportHousing = [report('3.2')];
const supportWorkIncome = [report('3.2')];
const supportEducation = [report('3.2')];
const supportDebts = [report('3.2')];
const supportNorms = [report('3.2')];
const supportCare = [report('3.2')];
const supportSafety = [report('3.2')];
const supportMeaning = [report('3.2')];
const supportReturn = [report('3.2')];
const executionObstacles = [report('3.2')];
const aftercare = [report('3.2')];
const talents = [report('3.3')];
const neutralApproach = [report('3.3')];
const cooperation = [report('3.3')];
const housingBottleneck = [report('3.4')];
const workBottleneck = [report('3.4')];
const trainingBottleneck = [report('3.4')];
const languageBottleneck = [report('3.4')];
const partnerExpertise = [report('3.4')];
const shelterFunding = [report('3.4')];
const profilesContact = [report('4')];
const profilesOrientation = [report('4')];
const profilesExecution = [report('4')];
const profilesAftercare = [report('4')];
const exploitedProfile = [report('4')];
const generalGp = [pages.gpAndMentalHealthLhv];
const generalTaalhuis = [pages.taalhuisLibraries, pages.taalhuisFree];
const generalSocialHousing = [pages.housingAllocationRigo];
const generalRenewRegistration = [pages.housingRegistrationStek];
const generalAddressRegistration = [pages.registrationRotterdam];
const generalBudgeting = [report('3.2')];
const generalLetters = [pages.collectionJuridischLoket];
const generalDebtHelpFree = [pages.debtHelpRechtwijzer];
const generalSignsOfControl = [pages.signsOfExploitationCkm, pages.signsOfExploitationVeiligThuis];
const generalSafetyPlanning = [report('2.4'), report('3.2')];
const generalLanguageApps = [report('2.4')];
const generalCalming = [report('2.4')];
const generalMeetingPeople = [report('2.4')];
const generalRentArrears = [report('3.2')];
const trainingFundingAndEmployers = [report('3.4')];
const generalBenefitDocuments = [pages.applyingKaagEnBraassem];
const familyAtHome = [report('4'), report('2.1')];
const goingAlong = [report('3.2')];
const fallingIncome = [report('2.3')];
const generalTravelDocuments = [pages.iomWegwijzer];
const contactsIom = [pages.iomWegwijzer];
const contactsGgd = [pages.ggdSexualHealthRivm, pages.stiTestAnonymous];
const contactsCrisisLine = [pages.crisisLine113];

export const topics: readonly Topic[] = [
  relevant({
    phase: 'working',
    domain: 'housing',
    needs: [
      { id: 'affordable-rent', source: moneyTrouble },
      { id: 'safe-place-to-stay', source: whileWorking },
      { id: 'registered-address', source: generalAddressRegistration },
    ],
    help: [
      { id: 'support-worker', source: contactPhase },
      { id: 'housing-corporations', source: generalSocialHousing },
      { id: 'shelters', source: supportSafety },
    ],
    steps: [
      { id: 'write-down-costs', source: generalBudgeting },
      { id: 'register-early', source: generalSocialHousing },
      { id: 'check-registration', source: generalAddressRegistration },
      { id: 'know-where-to-go', source: supportSafety },
    ],
    obstacles: [{ id: 'long-waits', source: housingBottleneck }],
    guideIds: ['finding-housing'],
  }),
  relevant({
    phase: 'working',
    domain: 'work',
    needs: [
      { id: 'negotiating', source: whileWorking },
      { id: 'finding-clients', source: whileWorking },
      { id: 'less-stress', source: experiences },
      { id: 'know-your-talents', source: talents },
    ],
    help: [
      { id: 'support-worker', source: whileWorking },
      { id: 'colleagues', source: contactPhase },
    ],
    steps: [
      { id: 'write-your-rules', source: whileWorking },
      { id: 'send-a-question', source: contactPhase },
      { id: 'note-three-talents', source: talents },
    ],
    obstacles: [{ id: 'falling-income', source: fallingIncome }],
    guideIds: ['talents'],
  }),
  relevant({
    phase: 'working',
    domain: 'education',
    needs: [
      { id: 'learn-dutch', source: whileWorking },
      { id: 'learn-english', source: whileWorking },
    ],
    help: [
      { id: 'language-courses', source: supportEducation },
      { id: 'taalhuis', source: generalTaalhuis },
    ],
    steps: [
      { id: 'ask-for-a-course', source: supportEducation },
      { id: 'visit-library', source: generalTaalhuis },
      { id: 'practise-daily', source: generalLanguageApps },
    ],
    obstacles: [{ id: 'language-barrier', source: languageBottleneck }],
  }),
  relevant({
    phase: 'working',
    domain: 'money',
    needs: [
      { id: 'overview', source: whileWorking },
      { id: 'reserve', source: [...experiences, report('3.2')] },
      { id: 'help-with-debts', source: moneyTrouble },
      { id: 'family-at-home', source: starting },
    ],
    help: [
      { id: 'budget-help', source: whileWorking },
      { id: 'debt-help', source: generalDebtHelpFree },
    ],
    steps: [
      { id: 'track-a-month', source: generalBudgeting },
      { id: 'list-fixed-costs', source: generalBudgeting },
      { id: 'set-money-aside', source: generalBudgeting },
      { id: 'open-letters', source: generalLetters },
    ],
    obstacles: [{ id: 'spending-habit', source: moneyTrouble }],
    guideIds: ['debts-first-steps'],
  }),
  relevant({
    phase: 'working',
    domain: 'health',
    needs: [
      { id: 'sti-checks', source: whileWorking },
      { id: 'someone-for-stress', source: mentalComplaints },
      { id: 'body-complaints', source: physicalComplaints },
      { id: 'alcohol-and-drugs', source: substanceUse },
    ],
    help: [
      { id: 'ggd', source: contactsGgd },
      { id: 'gp', source: generalGp },
      { id: 'addiction-care', source: supportCare },
    ],
    steps: [
      { id: 'book-a-check', source: whileWorking },
      { id: 'notice-signals', source: mentalComplaints },
      { id: 'find-a-gp', source: generalGp },
    ],
    obstacles: [{ id: 'using-to-cope', source: substanceUse }],
    guideIds: ['sti-check', 'working-safer'],
  }),
  relevant({
    phase: 'working',
    domain: 'safety',
    needs: [
      { id: 'safe-from-violence', source: experiences },
      { id: 'safe-place-fast', source: whileWorking },
      { id: 'away-from-pressure', source: whileWorking },
      { id: 'no-label-needed', source: exploitedProfile },
    ],
    help: [
      { id: 'support-worker', source: supportSafety },
      { id: 'shelters', source: supportSafety },
      { id: 'police', source: [report('2.3'), pages.emergencyNumberPolitie] },
    ],
    steps: [
      { id: 'check-control', source: generalSignsOfControl },
      { id: 'trusted-number', source: generalSafetyPlanning },
      { id: 'where-to-go', source: generalSafetyPlanning },
      { id: 'talk-to-someone', source: neutralApproach },
    ],
    obstacles: [
      { id: 'pressure-blocks-contact', source: profilesContact },
      { id: 'not-the-word', source: exploitedProfile },
    ],
    guideIds: ['working-safer', 'someone-else-in-control'],
  }),
  relevant({
    phase: 'working',
    domain: 'network',
    needs: [
      { id: 'listening-ear', source: whileWorking },
      { id: 'who-to-tell', source: experiences },
      { id: 'colleagues-as-friends', source: experiences },
    ],
    help: [
      { id: 'outreach-workers', source: contactPhase },
      { id: 'drop-in-living-rooms', source: orientation },
      { id: 'shared-numbers', source: contactPhase },
    ],
    steps: [
      { id: 'save-a-number', source: contactPhase },
      { id: 'ask-a-colleague', source: contactPhase },
      { id: 'one-person', source: whileWorking },
    ],
    obstacles: [
      { id: 'fear-of-judgement', source: experiences },
      { id: 'less-reached', source: [...harderToReach, report('3.3')] },
    ],
    guideIds: ['stigma', 'for-you-if', 'is-this-me'],
  }),
  notRelevant('working', 'meaning', [report('2.4'), report('3.2')]),
  notRelevant('working', 'return', [report('3.2')]),
  relevant({
    phase: 'considering',
    domain: 'housing',
    needs: [
      { id: 'rent-on-less', source: moneyTrouble },
      { id: 'quiet-place', source: whileConsidering },
      { id: 'temporary-safe-place', source: profilesOrientation },
    ],
    help: [
      { id: 'support-worker', source: orientation },
      { id: 'housing-corporations', source: [...supportHousing, pages.housingAllocationRigo] },
    ],
    steps: [
      { id: 'compare-rent', source: moneyTrouble },
      { id: 'register-now', source: generalSocialHousing },
      { id: 'ask-options', source: orientation },
    ],
    obstacles: [{ id: 'no-quick-place', source: orientationObstacles }],
    guideIds: ['finding-housing'],
  }),
  relevant({
    phase: 'considering',
    domain: 'work',
    needs: [
      { id: 'faith-in-chances', source: whileConsidering },
      { id: 'picture-of-work', source: stoppingWorkIncome },
      { id: 'income-while-switching', source: whileConsidering },
      { id: 'combining', source: afterStopping },
    ],
    help: [
      { id: 'support-worker', source: orientation },
      { id: 'job-coach', source: supportWorkIncome },
    ],
    steps: [
      { id: 'list-talents', source: talents },
      { id: 'wishes', source: stoppingWorkIncome },
      { id: 'ask-for-information', source: orientationObstacles },
    ],
    obstacles: [
      { id: 'who-would-hire-me', source: talents },
      { id: 'cv-worries', source: workBottleneck },
    ],
    guideIds: ['talents', 'cv-gap', 'career-switch', 'is-this-me'],
  }),
  relevant({
    phase: 'considering',
    domain: 'education',
    needs: [
      { id: 'better-dutch', source: stoppingEducation },
      { id: 'which-training', source: stoppingEducation },
    ],
    help: [
      { id: 'support-worker', source: supportEducation },
      { id: 'taalhuis', source: generalTaalhuis },
    ],
    steps: [
      { id: 'what-to-learn', source: stoppingEducation },
      { id: 'ask-nearby', source: supportEducation },
    ],
    obstacles: [{ id: 'paying-for-training', source: trainingBottleneck }],
  }),
  relevant({
    phase: 'considering',
    domain: 'money',
    needs: [
      { id: 'income-security', source: whileConsidering },
      { id: 'debt-overview', source: moneyTrouble },
      { id: 'quick-improvement', source: whileConsidering },
    ],
    help: [
      { id: 'benefit-check', source: stoppingWorkIncome },
      { id: 'debt-help', source: supportDebts },
    ],
    steps: [
      { id: 'list-costs', source: generalBudgeting },
      { id: 'one-folder', source: generalBenefitDocuments },
      { id: 'ask-about-benefit', source: stoppingWorkIncome },
    ],
    obstacles: [
      { id: 'fraud-sensitive-sector', source: reasonsForHelp },
      { id: 'living-on-less', source: stoppingDebts },
    ],
    guideIds: ['social-assistance', 'debts-first-steps'],
  }),
  relevant({
    phase: 'considering',
    domain: 'health',
    needs: [
      { id: 'rest-and-room', source: whileConsidering },
      { id: 'mental-care', source: mentalComplaints },
      { id: 'body-care', source: physicalComplaints },
      { id: 'substance-support', source: substanceUse },
    ],
    help: [
      { id: 'gp', source: generalGp },
      { id: 'support-worker', source: supportCare },
      { id: 'ggd', source: contactsGgd },
    ],
    steps: [
      { id: 'energy-list', source: mentalComplaints },
      { id: 'see-your-gp', source: generalGp },
    ],
    obstacles: [{ id: 'try-alone-first', source: reasonsForHelp }],
  }),
  relevant({
    phase: 'considering',
    domain: 'safety',
    needs: [
      { id: 'feel-safe', source: whileConsidering },
      { id: 'on-your-side', source: profilesOrientation },
      { id: 'same-worker', source: profilesOrientation },
      { id: 'mixed-feelings', source: profilesOrientation },
    ],
    help: [
      { id: 'safe-temporary-place', source: profilesOrientation },
      { id: 'shelters', source: supportSafety },
      { id: 'police', source: [report('2.3'), pages.emergencyNumberPolitie] },
    ],
    steps: [
      { id: 'who-holds-what', source: generalSignsOfControl },
      { id: 'code-word', source: generalSafetyPlanning },
      { id: 'safe-contact', source: generalSafetyPlanning },
    ],
    obstacles: [
      { id: 'shelter-funding', source: [...shelterFunding, report('3.3'), report('5')] },
      { id: 'leaving-is-scary', source: profilesOrientation },
    ],
    guideIds: ['someone-else-in-control'],
  }),
  relevant({
    phase: 'considering',
    domain: 'network',
    needs: [
      { id: 'trust', source: whileConsidering },
      { id: 'neutral-approach', source: whileConsidering },
      { id: 'one-contact', source: whileConsidering },
      { id: 'keep-friends', source: whileConsidering },
    ],
    help: [
      { id: 'patient-workers', source: neutralApproach },
      { id: 'living-rooms', source: orientation },
      { id: 'experience-experts', source: cooperation },
    ],
    steps: [
      { id: 'two-columns', source: whileConsidering },
      { id: 'one-conversation', source: orientation },
      { id: 'who-stays', source: whileConsidering },
    ],
    obstacles: [
      { id: 'fear-of-stigma', source: whileConsidering },
      { id: 'trusted-network', source: whileConsidering },
    ],
    guideIds: ['stigma', 'ask-for'],
  }),
  relevant({
    phase: 'considering',
    domain: 'meaning',
    needs: [
      { id: 'you-matter', source: orientation },
      { id: 'self-confidence', source: profilesOrientation },
      { id: 'a-future', source: noFuture },
    ],
    help: [
      { id: 'support-worker', source: orientation },
      { id: 'experience-experts', source: cooperation },
    ],
    steps: [
      { id: 'three-proud', source: talents },
      { id: 'ordinary-day', source: noFuture },
    ],
    obstacles: [{ id: 'feeling-stuck', source: noFuture }],
    guideIds: ['talents'],
  }),
  relevant({
    phase: 'considering',
    domain: 'return',
    needs: [
      { id: 'clear-information', source: supportReturn },
      { id: 'family', source: familyAtHome },
    ],
    help: [
      { id: 'regional-support', source: supportReturn },
      { id: 'return-organisation', source: contactsIom },
    ],
    steps: [
      { id: 'your-questions', source: supportReturn },
      { id: 'ask-advice', source: contactsIom },
    ],
  }),
  relevant({
    phase: 'stopping',
    domain: 'housing',
    needs: [
      { id: 'affordable-home', source: stoppingHousing },
      { id: 'safe-shelter', source: stoppingHousing },
    ],
    help: [
      { id: 'register-with-help', source: supportHousing },
      { id: 'urgency', source: housingBottleneck },
      { id: 'shelters', source: supportSafety },
    ],
    steps: [
      { id: 'register', source: supportHousing },
      { id: 'ask-about-urgency', source: housingBottleneck },
      { id: 'rent-and-benefit', source: stoppingWorkIncome },
      { id: 'papers-together', source: generalBenefitDocuments },
    ],
    obstacles: [{ id: 'scarce-homes', source: housingBottleneck }],
    guideIds: ['finding-housing'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'work',
    needs: [
      { id: 'temporary-benefit', source: stoppingWorkIncome },
      { id: 'quick-decision', source: stoppingWorkIncome },
      { id: 'fitting-work', source: stoppingWorkIncome },
      { id: 'cv-question', source: stoppingWorkIncome },
    ],
    help: [
      { id: 'apply-with-worker', source: stoppingWorkIncome },
      { id: 'fixed-contacts', source: supportWorkIncome },
      { id: 'job-coaches', source: supportWorkIncome },
      { id: 'work-experience', source: supportWorkIncome },
    ],
    steps: [
      { id: 'apply-together', source: reasonsForHelp },
      { id: 'collect-documents', source: generalBenefitDocuments },
      { id: 'talents-and-wishes', source: talents },
      { id: 'first-cv', source: supportWorkIncome },
    ],
    obstacles: [
      { id: 'fraud-sensitive-sector', source: reasonsForHelp },
      { id: 'employer-stigma', source: workBottleneck },
      { id: 'cv-gap', source: workBottleneck },
      { id: 'other-things-first', source: stoppingWorkIncome },
    ],
    guideIds: ['social-assistance', 'cv-gap', 'talents', 'stigma', 'career-switch'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'education',
    needs: [
      { id: 'retraining', source: stoppingEducation },
      { id: 'dutch', source: stoppingEducation },
    ],
    help: [
      { id: 'language-courses', source: supportEducation },
      { id: 'training-help', source: supportEducation },
      { id: 'taalhuis', source: generalTaalhuis },
    ],
    steps: [
      { id: 'choose-direction', source: stoppingEducation },
      { id: 'ask-about-funding', source: supportWorkIncome },
      { id: 'start-language', source: supportEducation },
    ],
    obstacles: [
      { id: 'no-funding', source: trainingBottleneck },
      { id: 'already-a-diploma', source: executionObstacles },
    ],
  }),
  relevant({
    phase: 'stopping',
    domain: 'money',
    needs: [
      { id: 'spend-less', source: stoppingDebts },
      { id: 'debts-under-control', source: stoppingDebts },
      { id: 'help-applying', source: stoppingDebts },
      { id: 'weekly-view', source: generalBudgeting },
    ],
    help: [
      { id: 'payment-arrangements', source: supportDebts },
      { id: 'municipal-debt-help', source: supportDebts },
    ],
    steps: [
      { id: 'list-debts', source: [...supportDebts, pages.debtHelpRechtwijzer] },
      { id: 'open-mail', source: generalLetters },
      { id: 'weekly-budget', source: generalBudgeting },
      { id: 'ask-early', source: generalLetters },
    ],
    obstacles: [
      { id: 'from-high-to-low', source: stoppingDebts },
      { id: 'no-expertise', source: partnerExpertise },
    ],
    guideIds: ['debts-first-steps', 'social-assistance'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'health',
    needs: [
      { id: 'physical-care', source: stoppingCare },
      { id: 'trauma-care', source: stoppingCare },
      { id: 'addiction-care', source: stoppingCare },
      { id: 'sexual-health', source: whileWorking },
    ],
    help: [
      { id: 'specialists', source: supportCare },
      { id: 'gp', source: generalGp },
      { id: 'ggd', source: contactsGgd },
    ],
    steps: [
      { id: 'list-complaints', source: stoppingCare },
      { id: 'gp-appointment', source: generalGp },
      { id: 'someone-with-you', source: goingAlong },
    ],
    obstacles: [{ id: 'health-first', source: stoppingWorkIncome }],
    guideIds: ['sti-check'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'safety',
    needs: [
      { id: 'safe-stay', source: stoppingSafety },
      { id: 'distance', source: stoppingSafety },
      { id: 'safety-before-the-rest', source: profilesExecution },
    ],
    help: [
      { id: 'shelters', source: supportSafety },
      { id: 'specialised-help', source: exploitedProfile },
      { id: 'police', source: [report('2.3'), pages.emergencyNumberPolitie] },
    ],
    steps: [
      { id: 'new-number', source: generalSafetyPlanning },
      { id: 'passwords', source: generalSafetyPlanning },
      { id: 'safety-net', source: aftercare },
    ],
    obstacles: [
      { id: 'funding-first', source: [...shelterFunding, report('3.3'), report('5'), pages.emergencyNumberPolitie] },
      { id: 'old-network-calls', source: aftercare },
    ],
    guideIds: ['someone-else-in-control'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'network',
    needs: [
      { id: 'new-norms', source: stoppingNorms },
      { id: 'working-for-a-boss', source: stoppingNorms },
      { id: 'new-contacts', source: stoppingNorms },
      { id: 'one-coordinator', source: [...orientation, report('2.4')] },
    ],
    help: [
      { id: 'buddies', source: supportNorms },
      { id: 'courses', source: supportNorms },
      { id: 'coordinator', source: [...orientation, report('2.4')] },
    ],
    steps: [
      { id: 'one-activity', source: generalMeetingPeople },
      { id: 'ask-for-buddy', source: supportNorms },
      { id: 'practise-appointments', source: stoppingNorms },
    ],
    obstacles: [{ id: 'lonely', source: stoppingNorms }],
    guideIds: ['ask-for'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'meaning',
    needs: [
      { id: 'recognition', source: stoppingMeaning },
      { id: 'calm', source: stoppingMeaning },
      { id: 'nothing', source: stoppingMeaning },
    ],
    help: [
      { id: 'what-exists', source: supportMeaning },
      { id: 'talents-seen', source: talents },
    ],
    steps: [
      { id: 'what-calms-you', source: stoppingMeaning },
      { id: 'one-calm-moment', source: stoppingMeaning },
    ],
    guideIds: ['talents'],
  }),
  relevant({
    phase: 'stopping',
    domain: 'return',
    needs: [
      { id: 'return-support', source: profilesExecution },
      { id: 'journey-and-papers', source: contactsIom },
      { id: 'new-start-there', source: contactsIom },
    ],
    help: [
      { id: 'regional-support', source: supportReturn },
      { id: 'return-organisation', source: contactsIom },
    ],
    steps: [
      { id: 'confidential-advice', source: contactsIom },
      { id: 'check-passport', source: generalTravelDocuments },
      { id: 'support-there', source: supportReturn },
    ],
    obstacles: [{ id: 'conditions', source: contactsIom }],
  }),
  relevant({
    phase: 'after',
    domain: 'housing',
    needs: [
      { id: 'pay-rent', source: afterStopping },
      { id: 'still-waiting', source: housingBottleneck },
    ],
    help: [
      { id: 'open-door', source: aftercare },
      { id: 'housing-corporations', source: generalSocialHousing },
    ],
    steps: [
      { id: 'rent-first', source: generalBudgeting },
      { id: 'renew-registration', source: generalRenewRegistration },
    ],
    obstacles: [{ id: 'missed-rent', source: generalRentArrears }],
    guideIds: ['finding-housing'],
  }),
  relevant({
    phase: 'after',
    domain: 'work',
    needs: [
      { id: 'keep-going', source: profilesAftercare },
      { id: 'questions-about-past', source: experiences },
      { id: 'a-mix', source: afterStopping },
    ],
    help: [
      { id: 'active-aftercare', source: aftercare },
      { id: 'job-coach-again', source: supportWorkIncome },
    ],
    steps: [
      { id: 'what-goes-well', source: talents },
      { id: 'job-loss-plan', source: afterStopping },
    ],
    obstacles: [
      { id: 'losing-a-job', source: afterStopping },
      { id: 'colleagues-ask', source: experiences },
    ],
    guideIds: ['pull-back', 'stigma', 'cv-gap'],
  }),
  relevant({
    phase: 'after',
    domain: 'education',
    needs: [
      { id: 'keep-learning-language', source: languageBottleneck },
      { id: 'new-diploma', source: trainingBottleneck },
    ],
    help: [
      { id: 'reintegration-service', source: supportWorkIncome },
      { id: 'taalhuis', source: generalTaalhuis },
    ],
    steps: [
      { id: 'one-goal', source: trainingBottleneck },
      { id: 'find-a-course', source: trainingBottleneck },
    ],
    obstacles: [{ id: 'hard-to-fund', source: [...trainingFundingAndEmployers, pages.leerwerkloketAbout] }],
  }),
  relevant({
    phase: 'after',
    domain: 'money',
    needs: [
      { id: 'budget-in-control', source: afterStopping },
      { id: 'no-new-debts', source: aftercare },
    ],
    help: [
      { id: 'support-worker', source: aftercare },
      { id: 'municipal-debt-help', source: generalDebtHelpFree },
    ],
    steps: [
      { id: 'weekly-check', source: generalBudgeting },
      { id: 'small-reserve', source: generalBudgeting },
      { id: 'help-at-first-bill', source: generalLetters },
    ],
    obstacles: [{ id: 'quick-money', source: afterStopping }],
    guideIds: ['debts-first-steps', 'pull-back'],
  }),
  relevant({
    phase: 'after',
    domain: 'health',
    needs: [
      { id: 'trauma-surfacing', source: afterStopping },
      { id: 'panic-and-tension', source: afterStopping },
      { id: 'addiction-returns', source: afterStopping },
    ],
    help: [
      { id: 'gp-and-ggz', source: generalGp },
      { id: 'worker-stays-alert', source: aftercare },
      { id: 'crisis-lines', source: contactsCrisisLine },
    ],
    steps: [
      { id: 'one-calming-thing', source: generalCalming },
      { id: 'tell-your-gp', source: generalGp },
      { id: 'bad-night-plan', source: aftercare },
    ],
    obstacles: [{ id: 'shame', source: profilesAftercare }],
    guideIds: ['pull-back', 'stigma'],
  }),
  relevant({
    phase: 'after',
    domain: 'safety',
    needs: [
      { id: 'old-clients', source: afterStopping },
      { id: 'no-new-pressure', source: afterStopping },
    ],
    help: [
      { id: 'active-aftercare', source: aftercare },
      { id: 'police', source: [report('2.3'), pages.emergencyNumberPolitie] },
    ],
    steps: [
      { id: 'block-numbers', source: generalSafetyPlanning },
      { id: 'safety-net', source: aftercare },
      { id: 'tell-your-worker', source: aftercare },
    ],
    obstacles: [{ id: 'pushed-to-start-again', source: afterStopping }],
    guideIds: ['someone-else-in-control', 'pull-back'],
  }),
  relevant({
    phase: 'after',
    domain: 'network',
    needs: [
      { id: 'light-contact', source: afterStopping },
      { id: 'no-contact', source: afterStopping },
      { id: 'new-people', source: stoppingNorms },
      { id: 'the-pull', source: afterStopping },
    ],
    help: [
      { id: 'door-stays-open', source: aftercare },
      { id: 'buddies', source: [...supportNorms, report('2.4')] },
    ],
    steps: [
      { id: 'save-worker-number', source: aftercare },
      { id: 'plan-one-moment', source: stoppingNorms },
      { id: 'warning-signs', source: afterStopping },
    ],
    obstacles: [{ id: 'pull-back', source: afterStopping }],
    guideIds: ['pull-back', 'ask-for'],
  }),
  relevant({
    phase: 'after',
    domain: 'meaning',
    needs: [
      { id: 'recognition', source: stoppingMeaning },
      { id: 'you-matter', source: stoppingMeaning },
    ],
    help: [
      { id: 'what-exists', source: supportMeaning },
      { id: 'becoming-experience-expert', source: stoppingEducation },
    ],
    steps: [
      { id: 'what-you-achieved', source: talents },
      { id: 'experience-expert-info', source: stoppingEducation },
    ],
    guideIds: ['talents'],
  }),
  notRelevant('after', 'return', [report('3.2')]),
];

/** The topic for one phase × domain pair; the tests guarantee every pair has exactly one. */
export function findTopic(phase: PhaseId, domain: DomainId): Topic | undefined {
  return topics.find((topic) => topic.phase === phase && topic.domain === domain);
}
