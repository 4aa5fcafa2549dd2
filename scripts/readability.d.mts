export interface Readability {
  texts: number;
  sentences: number;
  averageWordsPerSentence: number;
  longestSentenceWords: number;
}
export const targetWordsPerSentence: number;
export function readability(language: string, root?: string): Readability;
export function readabilityAll(root?: string): Record<string, Readability>;
