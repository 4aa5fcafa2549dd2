// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readability, readabilityAll, targetWordsPerSentence } from '../../scripts/readability.mjs';

describe('plain language', () => {
  it.each(Object.entries(readabilityAll()))(
    `%s keeps sentences short on average (≤ ${targetWordsPerSentence} words)`,
    (_language, figure) => {
      expect(figure.sentences).toBeGreaterThan(100);
      expect(figure.averageWordsPerSentence).toBeLessThanOrEqual(targetWordsPerSentence);
    },
  );

  it('counts words and sentences the way a reader would', () => {
    const figure = readability('en');
    expect(figure.texts).toBeGreaterThan(0);
    expect(Number.isFinite(figure.averageWordsPerSentence)).toBe(true);
  });
});
