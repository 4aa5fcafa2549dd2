// Average words per sentence of every text in a language — the plain-language (B1) figure the
// benchmark prints (target ≤ 15). Intl.Segmenter finds words and sentences, so it also works for
// languages without spaces between words, such as Thai.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const targetWordsPerSentence = 15;

function texts(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** @param {string} language @param {string} root */
export function readability(language, root = 'locales') {
  const dir = join(root, language);
  const all = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => texts(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
  const sentences = new Intl.Segmenter(language, { granularity: 'sentence' });
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  let sentenceCount = 0;
  let wordCount = 0;
  let longest = 0;
  // Thai writes no full stops: a space ends a sentence or clause, so it is the boundary there.
  const split =
    language === 'th'
      ? (text) => text.split(/\s+/)
      : (text) => [...sentences.segment(text)].map((part) => part.segment);
  for (const text of all) {
    for (const segment of split(text)) {
      const count = [...words.segment(segment)].filter((part) => part.isWordLike).length;
      if (count === 0) continue;
      sentenceCount += 1;
      wordCount += count;
      longest = Math.max(longest, count);
    }
  }
  return {
    texts: all.length,
    sentences: sentenceCount,
    averageWordsPerSentence: Math.round((wordCount / Math.max(sentenceCount, 1)) * 10) / 10,
    longestSentenceWords: longest,
  };
}

export function readabilityAll(root = 'locales') {
  return Object.fromEntries(
    readdirSync(root)
      .sort()
      .map((language) => [language, readability(language, root)]),
  );
}
