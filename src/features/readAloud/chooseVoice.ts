/**
 * The voice for a language: one on the device whose language matches (primary subtag), the exact
 * region first. Never a network voice (`localService === false`): it would send the screen's text —
 * on the plan screen, the whole plan — to a speech company. No local voice: no read aloud.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const primary = language.toLowerCase().split('-')[0];
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
  const exact = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-') === language.toLowerCase();
  const local = matching.filter((voice) => voice.localService === true);
  return local.find(exact) ?? local[0] ?? null;
}

/**
 * Splits text into pieces a speech engine reads reliably: some engines stop after about 15 seconds
 * of one utterance, so long texts are read sentence by sentence.
 */
export function splitForSpeech(text: string, language: string, maxLength = 220): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const pieces: string[] = [];
  let current = '';
  // Line breaks stay: they end a heading or a paragraph, and Thai marks no sentence end otherwise.
  for (const { segment } of segmenter.segment(
    text
      .replace(/[^\S\n]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
  )) {
    if (current && (current + segment).length > maxLength) {
      pieces.push(current.trim());
      current = '';
    }
    current += segment;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
