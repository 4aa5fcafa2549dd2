/**
 * Steps added from Verder's own content keep only the content id; the text is looked up here, so it
 * shows in whatever language the person reads now.
 */
import { topics } from '../../../content/explore/topics';
import { topicSectionIds } from '../../../domain/content';

const textKeys = new Map<string, string>();
for (const topic of topics) {
  if (!topic.isRelevant) continue;
  for (const section of topicSectionIds) for (const item of topic[section]) textKeys.set(item.id, item.textKey);
}

export function contentTextKey(contentId: string): string | undefined {
  return textKeys.get(contentId);
}
