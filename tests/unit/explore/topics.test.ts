import { describe, expect, it } from 'vitest';
import { sourcesSchema, topicSchema, topicSectionIds, type Topic } from '../../../src/domain/content';
import { domainIds } from '../../../src/domain/domains';
import { phaseIds } from '../../../src/domain/phases';
import { exploreNamespace, findTopic, topics } from '../../../src/content/explore/topics';
import { guideIds } from '../../../src/content/guides/guides';
import en from '../../../locales/en/explore.json';
import nl from '../../../locales/nl/explore.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a nested locale object, as `dotted.path` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      leaves.set(path, value);
    } else {
      for (const [childPath, text] of flatten(value, path)) leaves.set(childPath, text);
    }
  }
  return leaves;
}

const enTexts = flatten(en);
const nlTexts = flatten(nl);

/** All text keys a topic points at, with the namespace prefix. */
function textKeysOf(topic: Topic): string[] {
  if (!topic.isRelevant) return [topic.reasonKey];
  return [topic.introKey, ...topicSectionIds.flatMap((section) => topic[section].map((item) => item.textKey))];
}

function pathOf(textKey: string): string {
  const prefix = `${exploreNamespace}:`;
  if (!textKey.startsWith(prefix)) throw new Error(`${textKey} is not in the ${exploreNamespace} namespace`);
  return textKey.slice(prefix.length);
}

/** Sentences end in . ! or ? followed by a space or the end; a heading without a full stop counts as one. */
function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?]+(?:\s+|$)/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function averageWordsPerSentence(texts: Iterable<string>): number {
  let words = 0;
  let sentences = 0;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      sentences += 1;
      words += sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    }
  }
  return words / sentences;
}

const relevantTopics = topics.filter((topic) => topic.isRelevant);

describe('explore topics', () => {
  it('each parse with the topic schema', () => {
    for (const topic of topics) {
      const result = topicSchema.safeParse(topic);
      expect(result.success, `${topic.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('cover every phase × domain pair exactly once', () => {
    expect(topics).toHaveLength(phaseIds.length * domainIds.length);
    for (const phase of phaseIds) {
      for (const domain of domainIds) {
        const matches = topics.filter((topic) => topic.phase === phase && topic.domain === domain);
        expect(matches, `${phase}.${domain}`).toHaveLength(1);
        expect(findTopic(phase, domain)?.id).toBe(`${phase}.${domain}`);
      }
    }
  });

  it('use ids that are unique across all topics and their items', () => {
    const ids = topics.flatMap((topic) => [
      topic.id,
      ...(topic.isRelevant ? topicSectionIds.flatMap((section) => topic[section].map((item) => item.id)) : []),
    ]);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('are mostly relevant, and name their source when they are not', () => {
    const irrelevant = topics.filter((topic) => !topic.isRelevant);
    expect(irrelevant.length).toBeLessThanOrEqual(4);
    for (const topic of irrelevant) expect(topic.sources.every((source) => source.kind === 'report')).toBe(true);
  });

  it('give each relevant topic 2–5 needs, 1–4 kinds of help and 2–5 first steps', () => {
    for (const topic of relevantTopics) {
      expect(topic.needs.length, `${topic.id} needs`).toBeGreaterThanOrEqual(2);
      expect(topic.needs.length, `${topic.id} needs`).toBeLessThanOrEqual(5);
      expect(topic.help.length, `${topic.id} help`).toBeGreaterThanOrEqual(1);
      expect(topic.help.length, `${topic.id} help`).toBeLessThanOrEqual(4);
      expect(topic.steps.length, `${topic.id} steps`).toBeGreaterThanOrEqual(2);
      expect(topic.steps.length, `${topic.id} steps`).toBeLessThanOrEqual(5);
    }
  });

  it('rest every item on a report section or a dated public page', () => {
    for (const topic of relevantTopics) {
      for (const item of topicSectionIds.flatMap((section) => topic[section])) {
        expect(sourcesSchema.safeParse(item.sources).success, item.id).toBe(true);
      }
    }
  });

  it('link only to guides that exist', () => {
    for (const topic of relevantTopics) {
      for (const guideId of topic.guideIds) expect(guideIds, `${topic.id} → ${guideId}`).toContain(guideId);
    }
  });

  it('always put safety first for people under someone else’s control, in the safety topics', () => {
    for (const phase of phaseIds) {
      const topic = findTopic(phase, 'safety');
      expect(topic?.isRelevant, `${phase}.safety`).toBe(true);
      if (topic?.isRelevant) expect(topic.guideIds).toContain('someone-else-in-control');
    }
  });
});

describe('explore texts', () => {
  it('exist in English and Dutch for every key a topic points at', () => {
    for (const topic of topics) {
      for (const textKey of textKeysOf(topic)) {
        const path = pathOf(textKey);
        expect(enTexts.has(path), `en ${path}`).toBe(true);
        expect(nlTexts.has(path), `nl ${path}`).toBe(true);
      }
    }
  });

  it('have no phase texts that no topic points at', () => {
    const referenced = new Set(topics.flatMap((topic) => textKeysOf(topic).map(pathOf)));
    const phaseTexts = [...enTexts.keys()].filter((path) =>
      (phaseIds as readonly string[]).includes(path.split('.')[0] ?? ''),
    );
    expect(phaseTexts.filter((path) => !referenced.has(path))).toEqual([]);
  });

  it('have exactly the same keys in English and Dutch', () => {
    expect([...nlTexts.keys()].sort()).toEqual([...enTexts.keys()].sort());
  });

  it('are never empty', () => {
    for (const [path, text] of [...enTexts, ...nlTexts]) expect(text.trim(), path).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
    for (const [path, text] of enTexts) expect(placeholders(nlTexts.get(path) ?? ''), path).toEqual(placeholders(text));
  });

  it('name every life domain with a title and a one-line summary', () => {
    for (const domain of domainIds) {
      expect(enTexts.has(`domains.${domain}.title`), domain).toBe(true);
      expect(enTexts.has(`domains.${domain}.summary`), domain).toBe(true);
    }
  });

  it('avoid words that judge, label or push', () => {
    const banned =
      /\b(prostitu(?:ee|ees|te|tes)|hoer\w*|whores?|uitstapprogramma\w*|exit[ -]?program\w*|slachtoffer\w*|victims?|redden|gered|rescue\w*)\b/i;
    for (const [path, text] of [...enTexts, ...nlTexts]) expect(text, path).not.toMatch(banned);
  });

  it('speak to the reader as "je" in Dutch, never as "u"', () => {
    for (const [path, text] of nlTexts) expect(text, path).not.toMatch(/\b(u|uw|U|Uw)\b/);
  });

  it('keep sentences short: on average at most 15 words, in each language', () => {
    const enAverage = averageWordsPerSentence(enTexts.values());
    const nlAverage = averageWordsPerSentence(nlTexts.values());
    console.info(
      `explore: average words per sentence — en ${enAverage.toFixed(1)}, nl ${nlAverage.toFixed(1)} ` +
        `(${enTexts.size} texts per language)`,
    );
    expect(enAverage).toBeLessThanOrEqual(15);
    expect(nlAverage).toBeLessThanOrEqual(15);
  });
});
