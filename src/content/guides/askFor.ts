/**
 * What you can ask for at a support organisation (report §3.3 and §3.2): one fixed contact person, a
 * referral to an organisation that fits you, the arrangements some organisations have with social
 * services, and the kinds of aftercare (§3.2 Nazorg), with the choice of more or less. Neutral: asking
 * commits you to nothing, and nothing here is promised everywhere.
 */
import { report } from '../sources/cite';
import type { GuideDraft } from './guides';

export const askFor: GuideDraft = {
  id: 'ask-for',
  phases: ['considering', 'stopping', 'after'],
  domains: ['network'],
  relatedGuideIds: ['career-switch', 'social-assistance', 'finding-housing'],
  sections: [
    {
      id: 'one-person',
      items: [
        { id: 'fixed', source: [report('2.4')] },
        { id: 'overview', source: [report('3.2')] },
      ],
    },
    {
      id: 'right-place',
      items: [
        { id: 'referred', source: [report('3.3')] },
        { id: 'niche', source: [report('3.3')] },
      ],
    },
    {
      id: 'arrangements',
      items: [
        { id: 'contacts', source: [report('3.2')] },
        { id: 'agreements', source: [report('3.3')] },
      ],
    },
    {
      id: 'aftercare',
      items: [
        { id: 'kinds', source: [report('3.2')] },
        { id: 'most-active', source: [report('3.2')] },
        { id: 'more-or-less', source: [report('3.2')] },
      ],
    },
  ],
};
