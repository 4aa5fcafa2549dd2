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
 * of one utterance, so long texts are read sentence by sentence, and a sentence that is still too long
 * — Thai marks no sentence end, so a whole paragraph can be one "sentence" — between words.
 */
export function splitForSpeech(text: string, language: string, maxLength = 220): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  // Line breaks stay: they end a heading or a paragraph, and Thai marks no sentence end otherwise.
  for (const { segment } of segmenter.segment(
    text
      .replace(/[^\S\n]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
  )) {
    if (current && (current + segment).length > maxLength) flush();
    if (segment.length <= maxLength) current += segment;
    else {
      const parts = splitBetweenWords(segment, language, maxLength);
      pieces.push(...parts.slice(0, -1));
      current = parts.at(-1) ?? '';
    }
  }
  flush();
  return pieces;
}

/**
 * Cuts a long run of text at word boundaries (Intl.Segmenter knows where Thai words end, although
 * Thai writes no spaces between them), preferring a space or punctuation near the end of each piece.
 */
export function splitBetweenWords(text: string, language: string, maxLength: number): string[] {
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of words.segment(text)) {
    if (current && (current + segment).length > maxLength) {
      // Back up to the last space in the second half of the piece, so a phrase stays whole.
      const space = current.lastIndexOf(' ');
      const cut = space > maxLength / 2 ? space : current.length;
      if (current.slice(0, cut).trim()) pieces.push(current.slice(0, cut).trim());
      current = current.slice(cut);
    }
    // One "word" longer than a piece (a long number or address): cut it by length.
    current += segment;
    while (current.length > maxLength) {
      pieces.push(current.slice(0, maxLength).trim());
      current = current.slice(maxLength);
    }
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
