import { useCallback, useEffect, useRef, useState } from 'react';
import { onQuickExit } from '../../lib/quickExit';
import { onVaultLocked } from '../../lib/vaultEvents';
import { chooseVoice, splitForSpeech } from './chooseVoice';

export type SpeechState = 'idle' | 'speaking' | 'paused';

/**
 * Every reader on the page (the screen, and its copy in a second language while showing someone): the
 * device has one voice, so a reader that starts sets the others back to idle, or their button would
 * say "Pause" over nothing.
 */
const readers = new Set<{ setIdle: () => void }>();

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The device's voices; some browsers load them after a moment and announce it with `voiceschanged`. */
function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synthesis()?.getVoices() ?? []);
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = () => setVoices(speech.getVoices());
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

/**
 * Speaks text in a language; stops when the screen changes, the component goes, or at quick exit.
 * `onFinish` is called when the last piece has been read (not when speech is stopped).
 */
export function useSpeech(language: string, onFinish?: () => void) {
  const voice = chooseVoice(useVoices(), language);
  const [state, setState] = useState<SpeechState>('idle');
  const runId = useRef(0);
  const latestOnFinish = useRef(onFinish);
  useEffect(() => {
    latestOnFinish.current = onFinish;
  });

  const stop = useCallback(() => {
    runId.current += 1;
    synthesis()?.cancel();
    setState('idle');
  }, []);

  const reader = useRef({
    setIdle: () => {
      runId.current += 1;
      setState('idle');
    },
  });
  useEffect(() => {
    const own = reader.current;
    readers.add(own);
    return () => {
      readers.delete(own);
    };
  }, []);

  // Speech stops at quick exit, when the vault locks (it may be reading the plan), and when Verder is
  // out of sight: nobody should hear the plan from a phone in someone else's pocket.
  useEffect(() => {
    const stopOnExit = onQuickExit(() => synthesis()?.cancel());
    const stopOnLock = onVaultLocked(stop);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stop();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopOnExit();
      stopOnLock();
      document.removeEventListener('visibilitychange', onVisibility);
      synthesis()?.cancel();
    };
  }, [stop]);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      if (!speech || !voice) return;
      speech.cancel();
      for (const other of readers) if (other !== reader.current) other.setIdle();
      const run = ++runId.current;
      const pieces = splitForSpeech(text, language);
      pieces.forEach((piece, index) => {
        const utterance = new SpeechSynthesisUtterance(piece);
        utterance.lang = language;
        utterance.voice = voice;
        if (index === pieces.length - 1) {
          utterance.onend = () => {
            if (runId.current !== run) return;
            setState('idle');
            latestOnFinish.current?.();
          };
        }
        speech.speak(utterance);
      });
      setState('speaking');
    },
    [language, voice],
  );

  const pause = useCallback(() => {
    synthesis()?.pause();
    setState('paused');
  }, []);

  const resume = useCallback(() => {
    synthesis()?.resume();
    setState('speaking');
  }, []);

  return { isAvailable: voice !== null, state, speak, pause, resume, stop };
}
