import { useCallback, useEffect, useState } from 'react';
import { checkQuestions } from '../../content/check/questions';
import { parseCheckAnswers, type CheckAnswers } from '../../domain/check';
import { eraseCheckAnswers, readCheckAnswers, saveCheckAnswers } from '../../data';

export type LoadState = 'loading' | 'ready';

/**
 * The check's answers: read once from this device (validated — stored data may be old or damaged),
 * and saved after every change so leaving halfway keeps what was given.
 */
export function useCheckAnswers() {
  const [answers, setAnswers] = useState<CheckAnswers>({});
  const [state, setState] = useState<LoadState>('loading');
  const [wasSaved, setWasSaved] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void readCheckAnswers().then((raw) => {
      if (!isCurrent) return;
      const parsed = parseCheckAnswers(raw, checkQuestions);
      setAnswers(parsed);
      setWasSaved(raw !== undefined);
      setState('ready');
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const update = useCallback((next: CheckAnswers) => {
    setAnswers(next);
    // The shell shows a storage failure; the answers stay on screen for this visit either way.
    saveCheckAnswers(next).catch(() => undefined);
  }, []);

  const erase = useCallback(async () => {
    await eraseCheckAnswers();
    setAnswers({});
    setWasSaved(false);
  }, []);

  return { answers, state, wasSaved, update, erase };
}
