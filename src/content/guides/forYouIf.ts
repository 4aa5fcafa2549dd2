/**
 * The guide "For you, too": for the groups the report says support reaches worst (§3.2 Contact,
 * Belemmeringen; §3.4): Thai massage-parlour workers, escorts, people who work from home or without a
 * licence, people in an asylum seekers' centre, trans people and men. One section per group, so a
 * reader can skip to what fits. What people under 18 need is a guide of its own (`under-18`).
 * Every item names a report section or a dated public page; no number or address is in the text.
 */
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { GuideDraft } from './guides';
import { buddyAspasie, csgMen, csgOwnPage, rightsSpot46, uglyMugsLaunch, uglyMugsYear } from './workingSafer';

export const forYouIf: GuideDraft = {
  id: 'for-you-if',
  phases: ['working', 'considering', 'stopping', 'after'],
  domains: ['network', 'safety', 'health'],
  relatedGuideIds: ['under-18', 'working-safer', 'sti-check', 'social-assistance'],
  sections: [
    {
      id: 'thai-massage',
      items: [
        // §3.2 Belemmeringen: cultural and language barriers; a closed community, mostly in massage parlours.
        { id: 'not-reached', source: [report('3.2')] },
        // §3.2: it can help to have someone in the organisation who speaks Thai.
        { id: 'thai-speaker', source: [report('3.2')] },
        // §3.2 Contact: offline fieldwork at licensed places, often with the GGD; contact is often not about stopping.
        { id: 'outreach', source: [report('3.2')] },
      ],
    },
    {
      id: 'escort',
      items: [
        // §3.2 Belemmeringen: a third person arranges the appointments, so direct contact is hard.
        { id: 'agency', source: [report('3.2')] },
        { id: 'agree', source: [rightsSpot46] },
        // §2.3 Toenemende psychische klachten: escorts take on another identity; the double role tires.
        { id: 'double-role', source: [report('2.3')] },
        { id: 'on-your-own', source: [buddyAspasie, uglyMugsLaunch, uglyMugsYear] },
      ],
    },
    {
      id: 'home-or-unlicensed',
      items: [
        { id: 'rules', source: [pages.homeWorkOmroepBrabant] },
        // §3.2 Contact: fieldwork goes to licensed places; online fieldwork, WhatsApp, walk-in hours.
        { id: 'no-visit', source: [report('3.2')] },
        // §3.2 Contact: ads on kinky.nl and seksjobs.nl; social workers send automated messages.
        { id: 'ad-message', source: [report('3.2')] },
        // §2.2, footnote 11: people in the unlicensed sector relatively often meet violence.
        { id: 'safety', source: [report('2.2'), uglyMugsYear] },
      ],
    },
    {
      id: 'asylum',
      items: [
        // §3.2 Belemmeringen: a vulnerable group with many male sex workers, too little attention now.
        { id: 'little-attention', source: [report('3.2')] },
        { id: 'money', source: [pages.nationalityRijswijk, pages.coaReception] },
        { id: 'papers', source: [pages.comenshaWegwijzer] },
      ],
    },
    {
      id: 'trans',
      items: [
        // §3.2 Belemmeringen and §3.4: the support is not yet tailored to trans sex workers.
        { id: 'not-tailored', source: [report('3.2'), report('3.4')] },
        // §3.2, footnote 15: more stigma, questions about transition in relation to the work.
        { id: 'questions', source: [report('3.2')] },
        { id: 'sti-free', source: [pages.stiTestSexWork, pages.ggdSexualHealthRivm] },
      ],
    },
    {
      id: 'men',
      items: [
        // §3.2 Belemmeringen: male sex workers are less on the radar; many want more attention for them.
        { id: 'less-seen', source: [report('3.2')] },
        // §3.3: organisations can focus on a niche (male sex workers) and transfer people to each other.
        { id: 'niche', source: [report('3.3')] },
        // §3.2 Uitvoering, Veiligheid: shelters for women and for men.
        { id: 'shelter', source: [report('3.2')] },
        { id: 'csg', source: [csgMen, csgOwnPage] },
      ],
    },
  ],
};
