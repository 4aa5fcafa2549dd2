/**
 * Steps added from Verder's own content keep only the content id; the text is looked up here, so it
 * shows in whatever language the person reads now. Steps come from topics (one at a time) and from a
 * guide's checklist (all of it in one tap).
 */
import { guides } from '../../../content/guides/guides';
import { topics } from '../../../content/explore/topics';
import { topicSectionIds } from '../../../domain/content';

const textKeys = new Map<string, string>();
for (const topic of topics) {
  if (!topic.isRelevant) continue;
  for (const section of topicSectionIds) for (const item of topic[section]) textKeys.set(item.id, item.textKey);
}
for (const guide of guides) {
  for (const section of guide.sections) for (const item of section.items) textKeys.set(item.id, item.textKey);
}

export function contentTextKey(contentId: string): string | undefined {
  return textKeys.get(contentId);
}
