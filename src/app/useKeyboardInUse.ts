/**
 * Is there a keyboard? A phone with a touch screen only gets "tap to leave"; the Shift hint shows
 * where the main pointer is fine (a computer) or once any key has been pressed (a phone with a
 * keyboard attached). Kept in memory only.
 */
import { useSyncExternalStore } from 'react';

let hasSeenKey = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('keydown', onFirstKey, { capture: true });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('keydown', onFirstKey, { capture: true });
  };
}

function onFirstKey() {
  if (hasSeenKey) return;
  hasSeenKey = true;
  for (const listener of listeners) listener();
}

/** True on a touch-first device (matchMedia is missing in some test environments: then a computer). */
export function isTouchFirst(): boolean {
  return window.matchMedia?.('(pointer: coarse)').matches ?? false;
}

const read = () => hasSeenKey || !isTouchFirst();

/**
 * The prerendered first screen (src/prerender) cannot know the device: it says "tap to leave", what
 * most visitors (on a phone) see anyway, and hydration then changes the hint where a keyboard is in use.
 */
const readBeforeHydration = () => false;

export function useKeyboardInUse(): boolean {
  return useSyncExternalStore(subscribe, read, readBeforeHydration);
}
