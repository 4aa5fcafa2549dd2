/**
 * Detects "Shift pressed three times within five seconds" — the keyboard quick exit.
 * Escape is deliberately not used: it also stops page loads and closes dialogs, so people press it
 * by accident. Any other key resets the count, so typing capital letters never triggers an exit.
 */
export interface ShiftSequenceOptions {
  presses: number;
  withinMs: number;
}

export const quickExitShiftRule: ShiftSequenceOptions = { presses: 3, withinMs: 5000 };

export interface ShiftSequence {
  /** Feed one keydown; returns true when this press completes the sequence. */
  press(key: string, isRepeat: boolean, atMs: number): boolean;
}

export function createShiftSequence(options: ShiftSequenceOptions = quickExitShiftRule): ShiftSequence {
  let times: number[] = [];
  return {
    press(key, isRepeat, atMs) {
      if (key !== 'Shift') {
        times = [];
        return false;
      }
      // Holding Shift down fires repeated keydowns; those are one press, not many.
      if (isRepeat) return false;
      times = [...times, atMs].filter((t) => atMs - t <= options.withinMs);
      if (times.length >= options.presses) {
        times = [];
        return true;
      }
      return false;
    },
  };
}
