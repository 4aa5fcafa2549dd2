import { useEffect } from 'react';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';
import { createShiftSequence } from '../lib/shiftSequence';

const exitNow = () => quickExit(exitUrl);

/** Shift three times within five seconds leaves, from anywhere in the app, even inside a text field. */
export function useShiftQuickExit(onExit: () => void = exitNow): void {
  useEffect(() => {
    const sequence = createShiftSequence();
    const onKeyDown = (event: KeyboardEvent) => {
      if (sequence.press(event.key, event.repeat, event.timeStamp || performance.now())) onExit();
    };
    // Capture phase: a component that stops propagation must not be able to block the exit.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [onExit]);
}
