/**
 * How much of Verder rests on the report and how much on other public pages, counted from the
 * data itself so the About page can never overstate it. An item counts as "report" when all its
 * sources are report sections, and as "public" when at least one source is a public page.
 */
import { checkQuestions } from '../check/questions';
import { topics } from '../explore/topics';
import { guides } from '../guides/guides';
import type { Source } from '../../domain/content';

export interface SourceShares {
  total: number;
  reportOnly: number;
  withPublicPage: number;
}

export function allItemSources(): (readonly Source[])[] {
  const fromTopics = topics.flatMap((topic) =>
    topic.isRelevant
      ? [...topic.needs, ...topic.help, ...topic.steps, ...topic.obstacles].map((item) => item.sources)
      : [topic.sources],
  );
  const fromGuides = guides.flatMap((guide) =>
    guide.sections.flatMap((section) => section.items.map((item) => item.sources)),
  );
  const fromCheck = checkQuestions.flatMap((question) => [
    question.sources,
    ...question.options.map((option) => option.sources),
  ]);
  return [...fromTopics, ...fromGuides, ...fromCheck];
}

export function sourceShares(items = allItemSources()): SourceShares {
  const withPublicPage = items.filter((sources) => sources.some((source) => source.kind === 'public')).length;
  return { total: items.length, reportOnly: items.length - withPublicPage, withPublicPage };
}
