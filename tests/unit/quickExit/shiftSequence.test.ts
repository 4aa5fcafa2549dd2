import { describe, expect, it } from 'vitest';
import { createShiftSequence, type ShiftKey, type ShiftStep } from '../../../src/lib/shiftSequence';

/** One scripted keyboard: ['down'|'up', key, atMs, extra]. Returns what each event did. */
type Event = [phase: 'down' | 'up', key: string, atMs: number, extra?: Partial<ShiftKey>];

function play(events: Event[]): ShiftStep['kind'][] {
  const sequence = createShiftSequence();
  return events.map(([phase, key, atMs, extra]) =>
    phase === 'down' ? sequence.keyDown({ key, ...extra }, atMs).kind : sequence.keyUp({ key, ...extra }, atMs).kind,
  );
}

/** A lone Shift tap: down at `atMs`, up 80 ms later. */
const tap = (atMs: number): Event[] => [
  ['down', 'Shift', atMs],
  ['up', 'Shift', atMs + 80],
];

const exits = (events: Event[]) => play(events).includes('exit');

describe('the Shift quick-exit rule', () => {
  it('exits when Shift is released for the third time within five seconds', () => {
    expect(play([...tap(0), ...tap(1000), ...tap(4800)])).toEqual([
      'none',
      'counting',
      'none',
      'counting',
      'none',
      'exit',
    ]);
  });

  it('says how many presses are still needed while counting', () => {
    const sequence = createShiftSequence();
    sequence.keyDown({ key: 'Shift' }, 0);
    expect(sequence.keyUp({ key: 'Shift' }, 50)).toEqual({ kind: 'counting', left: 2, firstAtMs: 50 });
    sequence.keyDown({ key: 'Shift' }, 400);
    expect(sequence.keyUp({ key: 'Shift' }, 450)).toEqual({ kind: 'counting', left: 1, firstAtMs: 50 });
  });

  it('does not exit after only two presses', () => {
    expect(exits([...tap(0), ...tap(500)])).toBe(false);
  });

  it('does not exit when three presses are spread over six seconds', () => {
    expect(exits([...tap(0), ...tap(3000), ...tap(6000)])).toBe(false);
  });

  it('counts a late press together with the recent ones', () => {
    expect(exits([...tap(0), ...tap(3000), ...tap(6000), ...tap(7000)])).toBe(true);
  });

  it('does not count a press until Shift is let go', () => {
    expect(
      play([
        ['down', 'Shift', 0],
        ['up', 'Shift', 50],
        ['down', 'Shift', 100],
        ['up', 'Shift', 150],
        ['down', 'Shift', 200],
      ]),
    ).not.toContain('exit');
  });

  describe('when someone is typing or using keyboard commands', () => {
    it('does not exit while typing capital letters', () => {
      const typed: Event[] = [];
      for (const [index, letter] of ['H', 'W', 'T', 'A'].entries()) {
        const at = index * 400;
        typed.push(
          ['down', 'Shift', at],
          ['down', letter, at + 50],
          ['up', letter, at + 90],
          ['up', 'Shift', at + 120],
        );
      }
      expect(exits(typed)).toBe(false);
    });

    it('does not count Shift+Tab, Shift+arrow or a screen reader’s Shift+Insert', () => {
      const chords: Event[] = [];
      for (const [index, key] of ['Tab', 'ArrowDown', 'Insert'].entries()) {
        const at = index * 300;
        chords.push(['down', 'Shift', at], ['down', key, at + 40], ['up', key, at + 60], ['up', 'Shift', at + 80]);
      }
      expect(play(chords)).not.toContain('counting');
    });

    it('does not count Shift held with Ctrl, Alt or Meta', () => {
      const held: Event[] = [];
      for (const [index, extra] of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }].entries()) {
        held.push(['down', 'Shift', index * 300, extra], ['up', 'Shift', index * 300 + 80, extra]);
      }
      expect(play(held)).not.toContain('counting');
    });

    it('starts again after any other key', () => {
      expect(exits([...tap(0), ...tap(300), ['down', 'a', 500], ['up', 'a', 550], ...tap(700)])).toBe(false);
    });

    it('treats a held-down Shift as one press, and a long hold as none', () => {
      expect(
        play([
          ['down', 'Shift', 0],
          ['down', 'Shift', 30, { repeat: true }],
          ['down', 'Shift', 60, { repeat: true }],
          ['up', 'Shift', 90],
        ]),
      ).toEqual(['none', 'none', 'none', 'counting']);
      expect(
        play([
          ['down', 'Shift', 0],
          ['up', 'Shift', 1500],
        ]),
      ).toEqual(['none', 'none']);
    });

    it('forgets the count on reset (the window lost focus)', () => {
      const sequence = createShiftSequence();
      for (const at of [0, 200]) {
        sequence.keyDown({ key: 'Shift' }, at);
        sequence.keyUp({ key: 'Shift' }, at + 50);
      }
      sequence.reset();
      sequence.keyDown({ key: 'Shift' }, 400);
      expect(sequence.keyUp({ key: 'Shift' }, 450).kind).toBe('counting');
    });
  });
});
