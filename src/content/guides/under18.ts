/**
 * The guide "If you are under 18": what is different and who to talk to, calm and plain. The report
 * (§2.1, §3.2 with footnote 16) says that under 18 no force is needed for it to count as exploitation
 * in law, and that the support for adult sex workers does not take minors as its own group. The
 * contacts above the text (112, Veilig Thuis, Fier's chat) carry their numbers from the contact data.
 */
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { GuideDraft } from './guides';

export const under18: GuideDraft = {
  id: 'under-18',
  phases: ['working', 'considering', 'stopping', 'after'],
  domains: ['safety', 'network'],
  urgentContactIds: ['alarmnummer-112', 'veilig-thuis', 'fier-chat'],
  relatedGuideIds: ['someone-else-in-control', 'for-you-if'],
  sections: [
    {
      id: 'different',
      items: [
        // §2.1: for minors no force is needed to speak of exploitation; §3.2 footnote 16 (art. 273f Sr).
        { id: 'law', source: [report('2.1'), report('3.2')] },
        // §3.2 Belemmeringen: minors are not a target group of the support for sex workers.
        { id: 'other-help', source: [report('3.2'), pages.veiligThuisMeldpunt] },
      ],
    },
    {
      id: 'talk',
      items: [
        { id: 'veilig-thuis', source: [pages.veiligThuisMeldpunt] },
        { id: 'fier', source: [pages.fierChatJeugdjournaal, pages.fierChatMetro] },
        { id: 'danger', source: [pages.emergencyNumberPolitie] },
      ],
    },
  ],
};
