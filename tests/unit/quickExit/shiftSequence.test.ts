import { describe, expect, it } from 'vitest';
import { createShiftSequence } from '../../../src/lib/shiftSequence';

function pressAll(presses: Array<[key: string, atMs: number, isRepeat?: boolean]>): boolean[] {
  const sequence = createShiftSequence();
  return presses.map(([key, atMs, isRepeat = false]) => sequence.press(key, isRepeat, atMs));
}

describe('the Shift quick-exit rule', () => {
  it('exits on the third Shift press within five seconds', () => {
    expect(
      pressAll([
        ['Shift', 0],
        ['Shift', 1000],
        ['Shift', 4900],
      ]),
    ).toEqual([false, false, true]);
  });

  it('does not exit after only two presses', () => {
    expect(
      pressAll([
        ['Shift', 0],
        ['Shift', 500],
      ]),
    ).toEqual([false, false]);
  });

  it('does not exit when three presses are spread over six seconds', () => {
    expect(
      pressAll([
        ['Shift', 0],
        ['Shift', 3000],
        ['Shift', 6000],
      ]),
    ).toEqual([false, false, false]);
  });

  it('counts a late press together with the recent ones', () => {
    expect(
      pressAll([
        ['Shift', 0],
        ['Shift', 3000],
        ['Shift', 6000],
        ['Shift', 7000],
      ]),
    ).toEqual([false, false, false, true]);
  });

  describe('when someone is typing', () => {
    it('does not exit while typing capital letters', () => {
      const typed = pressAll([
        ['Shift', 0],
        ['H', 100],
        ['Shift', 400],
        ['W', 500],
        ['Shift', 900],
        ['T', 1000],
      ]);
      expect(typed).not.toContain(true);
    });

    it('treats a held-down Shift as one press', () => {
      expect(
        pressAll([
          ['Shift', 0],
          ['Shift', 30, true],
          ['Shift', 60, true],
        ]),
      ).toEqual([false, false, false]);
    });
  });
});
