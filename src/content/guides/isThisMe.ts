/**
 * "Is this me?": the reasons people give for stopping (report §2.3), for recognition only. Never a test
 * or a score: each item says what some people notice, and the guide ends by saying that none of it has
 * to mean you stop. The report splits reasons into ones that build up slowly and sudden events, and says
 * it is usually a combination.
 */
import { report } from '../sources/cite';
import type { GuideDraft } from './guides';

const reasons = [report('2.3')];

export const isThisMe: GuideDraft = {
  id: 'is-this-me',
  phases: ['working', 'considering'],
  domains: [],
  relatedGuideIds: ['career-switch', 'debts-first-steps', 'someone-else-in-control', 'ask-for'],
  sections: [
    {
      id: 'money-and-work',
      items: [
        { id: 'income', source: reasons },
        { id: 'money', source: reasons },
        { id: 'future', source: reasons },
        { id: 'goal', source: reasons },
      ],
    },
    {
      id: 'body-and-mind',
      items: [
        { id: 'mind', source: reasons },
        { id: 'identity', source: reasons },
        { id: 'body', source: reasons },
        { id: 'substances', source: reasons },
      ],
    },
    {
      id: 'suddenly',
      items: [
        { id: 'relationship', source: reasons },
        { id: 'pregnant', source: reasons },
        { id: 'client', source: reasons },
        { id: 'check', source: reasons },
      ],
    },
    {
      id: 'what-it-means',
      items: [
        { id: 'mix', source: reasons },
        { id: 'you-decide', source: [report('2.3'), report('3.3')] },
        { id: 'alone-first', source: reasons },
      ],
    },
  ],
};
