/**
 * Small helpers for checking locale files in tests: flatten nested JSON to dotted keys,
 * look a key up, list `{{placeholders}}`, and measure sentence length for plain language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type FlatTexts = ReadonlyMap<string, string>;

export function readLocale(language: string, namespace: string): unknown {
  // Vitest runs from the project root; import.meta.url is not a file URL under jsdom.
  const file = resolve(process.cwd(), 'locales', language, `${namespace}.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf must be a string: a number, array or null in a locale file is a mistake. */
export function flattenTexts(tree: unknown, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  if (!isRecord(tree)) throw new Error(`Expected an object at "${prefix || '(root)'}"`);
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      texts.set(path, value);
    } else {
      for (const [childPath, text] of flattenTexts(value, path)) texts.set(childPath, text);
    }
  }
  return texts;
}

/** `guides:cvGap.title` → `{ namespace: 'guides', path: 'cvGap.title' }`. */
export function splitTextKey(textKey: string): { namespace: string; path: string } {
  const [namespace = '', path = ''] = textKey.split(':');
  return { namespace, path };
}

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Splits on a full stop, question or exclamation mark (optionally followed by a closing quote)
 * and a space. Initials such as "Y. Bleeker" do not end a sentence. A heading without a full
 * stop counts as one sentence.
 */
export function sentencesOf(text: string): string[] {
  const withoutInitials = text.replace(/\b(\p{Lu})\.(?=\s)/gu, '$1');
  return withoutInitials
    .split(/(?<=[.!?]["\u201d']?)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => countWords(sentence) > 0);
}

export interface SentenceStats {
  sentences: number;
  words: number;
  averageWords: number;
  longest: { words: number; sentence: string };
}

export function sentenceStats(texts: Iterable<string>): SentenceStats {
  let sentences = 0;
  let words = 0;
  let longest = { words: 0, sentence: '' };
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const wordCount = countWords(sentence);
      sentences += 1;
      words += wordCount;
      if (wordCount > longest.words) longest = { words: wordCount, sentence };
    }
  }
  return { sentences, words, averageWords: sentences === 0 ? 0 : words / sentences, longest };
}
