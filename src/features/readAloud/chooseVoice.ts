/**
 * The voice for a language: one whose language matches (primary subtag), preferring a voice on the
 * device (works offline, sends no text to a speech server) over a network voice.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const primary = language.toLowerCase().split('-')[0];
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
  const exact = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-') === language.toLowerCase();
  return (
    matching.find((voice) => voice.localService && exact(voice)) ??
    matching.find((voice) => voice.localService) ??
    matching.find(exact) ??
    matching[0] ??
    null
  );
}

/**
 * Splits text into pieces a speech engine reads reliably: some engines stop after about 15 seconds
 * of one utterance, so long texts are read sentence by sentence.
 */
export function splitForSpeech(text: string, language: string, maxLength = 220): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    if (current && (current + segment).length > maxLength) {
      pieces.push(current.trim());
      current = '';
    }
    current += segment;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
