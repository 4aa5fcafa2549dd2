import { useEffect } from 'react';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';
import { createShiftSequence } from '../lib/shiftSequence';
import { onRemoteErase, onRemoteQuickExit } from '../lib/tabSignals';

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

/**
 * Quick exit in another Verder tab on this phone leaves this one too, at the same moment; so does
 * "delete everything" there (this tab has nothing left to show, and must let go of the database).
 */
export function useQuickExitFromOtherTabs(): void {
  useEffect(() => {
    const leave = () => quickExit(exitUrl, document, window.location, { fromOtherTab: true });
    const stopExit = onRemoteQuickExit(leave);
    const stopErase = onRemoteErase(leave);
    return () => {
      stopExit();
      stopErase();
    };
  }, []);
}
