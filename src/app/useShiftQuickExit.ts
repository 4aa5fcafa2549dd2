import { useEffect, useLayoutEffect } from 'react';
import { useSetting } from '../data';
import { shiftExitOffAttribute } from '../data/names';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';
import { createShiftSequence, quickExitShiftRule, type ShiftStep } from '../lib/shiftSequence';
import { onRemoteErase, onRemoteQuickExit } from '../lib/tabSignals';
import { setShiftPressesLeft } from './quickExitFeedback';

const exitNow = () => quickExit(exitUrl);

/**
 * Until the settings have been read (the database loads after the first screen), the service worker's
 * mark on the page it served says whether Shift three times is off: without it, the app would count
 * Shift presses in that moment although the person turned them off.
 */
function isMarkedOff(): boolean {
  return typeof document !== 'undefined' && document.documentElement.hasAttribute(shiftExitOffAttribute);
}

/**
 * Shift three times within five seconds leaves, from anywhere in the app, even inside a text field —
 * unless the person turned it off in Settings (for assistive technology that presses Shift itself).
 * While counting, the quick-exit bar says how many presses are left. Returns whether it is on, so the
 * bar's hint comes from the same reading: a hint that said "press Shift" while the keys were not yet
 * listened to (or the other way round) would be a promise the app does not keep.
 */
export function useShiftQuickExit(onExit: () => void = exitNow): boolean {
  const setting = useSetting('shiftQuickExit');
  const isOff = setting === undefined ? isMarkedOff() : setting === 'off';
  // A layout effect: the keys are listened to by the time the hint that mentions them is on screen.
  useLayoutEffect(() => {
    if (isOff) return;
    const sequence = createShiftSequence();
    let clearTimer: ReturnType<typeof setTimeout> | undefined;
    const show = (step: ShiftStep, atMs: number) => {
      clearTimeout(clearTimer);
      if (step.kind === 'exit') {
        setShiftPressesLeft(null);
        onExit();
      } else if (step.kind === 'counting') {
        setShiftPressesLeft(step.left);
        // The count is over when the first press falls out of the five seconds.
        clearTimer = setTimeout(
          () => setShiftPressesLeft(null),
          Math.max(0, step.firstAtMs + quickExitShiftRule.withinMs - atMs),
        );
      } else setShiftPressesLeft(null);
    };
    const now = (event: Event) => event.timeStamp || performance.now();
    const onKeyDown = (event: KeyboardEvent) => {
      const step = sequence.keyDown(event, now(event));
      if (event.key !== 'Shift') show(step, now(event));
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Shift') show(sequence.keyUp(event, now(event)), now(event));
    };
    const onBlur = () => {
      sequence.reset();
      clearTimeout(clearTimer);
      setShiftPressesLeft(null);
    };
    // Capture phase: a component that stops propagation must not be able to block the exit.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
      window.removeEventListener('blur', onBlur);
      clearTimeout(clearTimer);
      setShiftPressesLeft(null);
    };
  }, [onExit, isOff]);
  return !isOff;
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
