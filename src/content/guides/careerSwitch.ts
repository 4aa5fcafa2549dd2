/**
 * Switching careers on your own: for the reader who wants to stop without an organisation (most people
 * do, report §1.1; for the report's first profile stopping is "a career switch", ch. 4). What you can do
 * yourself, free advice (Leerwerkloket), a learning job (Rijksoverheid), the CV question (§2.4) and a
 * benefit as a bridge (ch. 4, §2.4). Each public fact was read on the page itself.
 */
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { GuideDraft } from './guides';

const learningJob = [pages.learningJobRijksoverheid];

export const careerSwitch: GuideDraft = {
  id: 'career-switch',
  phases: ['considering', 'stopping'],
  domains: ['work', 'education'],
  relatedGuideIds: ['talents', 'cv-gap', 'social-assistance', 'ask-for'],
  sections: [
    {
      id: 'on-your-own',
      items: [
        { id: 'most-alone', source: [report('1.1')] },
        { id: 'career-switch', source: [report('4')] },
      ],
    },
    {
      id: 'skills',
      checklist: true,
      items: [
        { id: 'talents', source: [report('3.3')] },
        { id: 'wish', source: [report('2.4')] },
        { id: 'course', source: [report('2.4')] },
      ],
    },
    {
      id: 'advice',
      items: [
        { id: 'leerwerkloket', source: [pages.leerwerkloketAbout] },
        { id: 'partners', source: [pages.learningJobRijksoverheid, pages.leerwerkloketAbout] },
      ],
    },
    {
      id: 'learning-job',
      items: [
        { id: 'what', source: learningJob },
        { id: 'paid', source: learningJob },
        { id: 'find', source: learningJob },
      ],
    },
    {
      id: 'cv-and-income',
      items: [
        { id: 'cv', source: [report('2.4')] },
        { id: 'bridge', source: [report('4'), report('2.4')] },
        { id: 'help-after-all', source: [report('2.3')] },
      ],
    },
  ],
};
