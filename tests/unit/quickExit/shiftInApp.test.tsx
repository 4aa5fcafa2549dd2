import { act, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { readSetting, saveSetting } from '../../../src/data';
import type * as QuickExitModule from '../../../src/lib/quickExit';
import { shiftExitOffAttribute } from '../../../src/data/names';
import { useShiftQuickExit } from '../../../src/app/useShiftQuickExit';
import { renderApp } from '../app/renderApp';
import { expectAnnounced } from '../announced';

// The real quick exit replaces the page; here it only records that it was asked to.
const exits = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/lib/quickExit', async (importOriginal) => {
  const actual = await importOriginal<typeof QuickExitModule>();
  return { ...actual, quickExit: () => (exits.count += 1) };
});

function pressShift(times = 1) {
  for (let index = 0; index < times; index++) {
    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.keyUp(window, { key: 'Shift' });
  }
}

const bar = () => screen.getByRole('button', { name: /^Quick exit/ });

beforeEach(async () => {
  exits.count = 0;
  await database.delete();
  await database.open();
});

afterEach(() => {
  // jsdom has no matchMedia: a test that adds one removes it again.
  Reflect.deleteProperty(window, 'matchMedia');
  document.documentElement.removeAttribute(shiftExitOffAttribute);
});

describe('Shift three times, in the app', () => {
  // First: whether a key was ever pressed is kept for the whole visit (in memory), as on a phone.
  it('says "tap to leave" on a touch screen, and shows the Shift hint once a key is pressed', async () => {
    window.matchMedia = (query: string) => ({ matches: query === '(pointer: coarse)', media: query }) as MediaQueryList;
    await saveSetting('shiftQuickExit', 'on');
    await renderApp('en', { name: 'home' });
    expect(bar()).toHaveTextContent('tap to leave at once');
    expect(bar()).not.toHaveTextContent('Shift');
    act(() => {
      fireEvent.keyDown(window, { key: 'Tab' });
    });
    expect(bar()).toHaveTextContent('or press Shift 3 times');
  });

  it('counts down in the quick-exit bar and a status message, then leaves', async () => {
    await renderApp('en', { name: 'home' });
    expect(bar()).toHaveTextContent('or press Shift 3 times');
    act(() => pressShift());
    expect(bar()).toHaveTextContent('Shift: 2 more presses to leave');
    await expectAnnounced('Shift: 2 more presses to leave', 'assertive');
    act(() => pressShift());
    expect(bar()).toHaveTextContent('Shift: 1 more press to leave');
    expect(exits.count).toBe(0);
    act(() => pressShift());
    expect(exits.count).toBe(1);
  });

  it('says that the count stopped when another key ends it, and stays in Verder', async () => {
    await renderApp('en', { name: 'home' });
    act(() => pressShift());
    await expectAnnounced('Shift: 2 more presses to leave', 'assertive');
    act(() => {
      fireEvent.keyDown(window, { key: 'a' });
    });
    expect(bar()).toHaveTextContent('or press Shift 3 times');
    await expectAnnounced('Shift presses are no longer counted. Verder stays open.', 'assertive');
    expect(exits.count).toBe(0);
  });

  it('does not count Shift+Tab, and starts again after a letter', async () => {
    await renderApp('en', { name: 'home' });
    act(() => {
      for (let index = 0; index < 3; index++) {
        fireEvent.keyDown(window, { key: 'Shift' });
        fireEvent.keyDown(window, { key: 'Tab', shiftKey: true });
        fireEvent.keyUp(window, { key: 'Tab', shiftKey: true });
        fireEvent.keyUp(window, { key: 'Shift' });
      }
    });
    expect(exits.count).toBe(0);
    act(() => {
      pressShift(2);
      fireEvent.keyDown(window, { key: 'a' });
      pressShift();
    });
    expect(exits.count).toBe(0);
    expect(bar()).toHaveTextContent('Shift: 2 more presses to leave');
  });

  it('does nothing on Shift once it is turned off in Settings, and says nothing about Shift', async () => {
    await renderApp('en', { name: 'settings' });
    const toggle = await screen.findByRole('checkbox', { name: 'Leave Verder when I press Shift three times' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(await readSetting('shiftQuickExit')).toBe('off');
    await waitFor(() => expect(bar()).not.toHaveTextContent('Shift'));
    act(() => pressShift(3));
    expect(exits.count).toBe(0);
    await userEvent.click(toggle);
    await waitFor(() => expect(bar()).toHaveTextContent('or press Shift 3 times'));
    act(() => pressShift(3));
    expect(exits.count).toBe(1);
  });

  // The database loads after the first screen: until the stored setting has been read, the page the
  // service worker served (marked when Shift is off) is what the app goes by.
  it('counts no Shift press before the settings are read, when the served page says it is off', async () => {
    await saveSetting('shiftQuickExit', 'off');
    document.documentElement.setAttribute(shiftExitOffAttribute, '');
    const onExit = vi.fn();
    const { result } = renderHook(() => useShiftQuickExit(onExit));
    act(() => pressShift(3));
    expect(onExit).not.toHaveBeenCalled();
    expect(result.current).toBe(false);
  });

  it('goes by the stored setting once it has been read (turned on again in another tab)', async () => {
    await saveSetting('shiftQuickExit', 'on');
    document.documentElement.setAttribute(shiftExitOffAttribute, '');
    const onExit = vi.fn();
    const { result } = renderHook(() => useShiftQuickExit(onExit));
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    act(() => pressShift(3));
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('counts Shift presses at once when the served page carries no mark, before the settings are read', async () => {
    const onExit = vi.fn();
    const { result } = renderHook(() => useShiftQuickExit(onExit));
    expect(result.current).toBe(true);
    act(() => pressShift(3));
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});
