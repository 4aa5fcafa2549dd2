/**
 * Detects "Shift pressed three times within five seconds" — the keyboard quick exit.
 * Escape is deliberately not used: it also stops page loads and closes dialogs, so people press it
 * by accident.
 *
 * A press counts when Shift is released, and only when it was pressed on its own: no other key went
 * down while it was held (a capital letter, Shift+Tab, a screen reader's Shift+Insert or
 * Shift+arrow commands), no Ctrl, Alt or Meta was held with it, and it was not held for long. Any other
 * key resets the count, so typing never triggers an exit. A screen reader's lone Shift (NVDA pauses
 * speech with it) cannot be told from a person's: for that, the Shift exit can be turned off in
 * Settings.
 */
export interface ShiftSequenceOptions {
  presses: number;
  withinMs: number;
  /** Shift held longer than this is a hold, not a press. */
  longestPressMs: number;
}

export const quickExitShiftRule: ShiftSequenceOptions = { presses: 3, withinMs: 5000, longestPressMs: 1000 };

/** What a key event did: nothing, a press that counts (and how many are still needed), or the exit. */
export type ShiftStep = { kind: 'none' } | { kind: 'counting'; left: number; firstAtMs: number } | { kind: 'exit' };

export interface ShiftKey {
  key: string;
  repeat?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface ShiftSequence {
  keyDown(event: ShiftKey, atMs: number): ShiftStep;
  keyUp(event: ShiftKey, atMs: number): ShiftStep;
  /** Forgets the presses so far (e.g. when the window loses focus). */
  reset(): void;
}

export function createShiftSequence(options: ShiftSequenceOptions = quickExitShiftRule): ShiftSequence {
  let times: number[] = [];
  let downAt: number | null = null;
  let isChord = false;
  const none: ShiftStep = { kind: 'none' };
  return {
    keyDown(event, atMs) {
      if (event.key !== 'Shift') {
        times = [];
        if (downAt !== null) isChord = true;
        return none;
      }
      // Holding Shift down fires repeated keydowns; those are one press, not many.
      if (event.repeat || downAt !== null) return none;
      downAt = atMs;
      isChord = Boolean(event.ctrlKey || event.altKey || event.metaKey);
      return none;
    },
    keyUp(event, atMs) {
      if (event.key !== 'Shift' || downAt === null) return none;
      const isPress = !isChord && atMs - downAt <= options.longestPressMs;
      downAt = null;
      isChord = false;
      if (!isPress) {
        times = [];
        return none;
      }
      times = [...times, atMs].filter((time) => atMs - time <= options.withinMs);
      if (times.length >= options.presses) {
        times = [];
        return { kind: 'exit' };
      }
      return { kind: 'counting', left: options.presses - times.length, firstAtMs: times[0] ?? atMs };
    },
    reset() {
      times = [];
      downAt = null;
      isChord = false;
    },
  };
}
