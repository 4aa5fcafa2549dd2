import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterShowingMode, isShowingMode, leaveShowingMode, onShowingModeChange } from '../../../src/lib/showingMode';

afterEach(() => leaveShowingMode());

describe('showing someone mode', () => {
  it('is off at start', () => {
    expect(isShowingMode()).toBe(false);
  });

  it('is on after entering and off after leaving', () => {
    enterShowingMode();
    expect(isShowingMode()).toBe(true);
    leaveShowingMode();
    expect(isShowingMode()).toBe(false);
  });

  it('tells listeners about each change, once', () => {
    const seen: boolean[] = [];
    const stop = onShowingModeChange((isOn) => seen.push(isOn));
    enterShowingMode();
    enterShowingMode();
    leaveShowingMode();
    stop();
    enterShowingMode();
    expect(seen).toEqual([true, false]);
  });

  it('still tells the other listeners when one fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: boolean[] = [];
    const stopFailing = onShowingModeChange(() => {
      throw new Error('broken');
    });
    const stop = onShowingModeChange((isOn) => seen.push(isOn));
    enterShowingMode();
    stopFailing();
    stop();
    expect(seen).toEqual([true]);
  });
});
