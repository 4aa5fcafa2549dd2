/**
 * Where writes go while "showing someone" mode is on: a map in memory, never IndexedDB. Reads in
 * the mode look here first. The overlay starts empty when the mode starts and is emptied when it
 * ends, so the worker's own stored records are exactly as they were before, and nothing of the
 * person who was shown the app stays on the phone.
 */
import { useSyncExternalStore } from 'react';
import { isShowingMode, onShowingModeChange } from '../lib/showingMode';

const values = new Map<string, unknown>();
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** True while writes must stay in memory. */
export function isOverlayActive(): boolean {
  return isShowingMode();
}

export function hasOverlayValue(key: string): boolean {
  return values.has(key);
}

export function readOverlayValue(key: string): unknown {
  return values.get(key);
}

export function writeOverlayValue(key: string, value: unknown): void {
  values.set(key, value);
  changed();
}

/** A deletion in the mode hides the stored value too (kept as `undefined`), without touching it. */
export function eraseOverlayValue(key: string): void {
  values.set(key, undefined);
  changed();
}

export function clearOverlay(): void {
  values.clear();
  changed();
}

/** Every change to the overlay, including clearing it; returns the function that stops listening. */
export function onOverlayChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A number that changes with every overlay change: a dependency that makes live queries read again. */
export function useOverlayVersion(): number {
  const read = () => version;
  return useSyncExternalStore(onOverlayChange, read, read);
}

// Entering and leaving both start from nothing: no value can pass from one showing to the next.
onShowingModeChange(() => clearOverlay());
