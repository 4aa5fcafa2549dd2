/**
 * How many more Shift presses leave Verder, while someone is pressing Shift: the quick-exit bar shows
 * and announces it, so a person knows the keys work (and someone whose screen reader presses Shift
 * learns why the count moves). Kept in memory only.
 */
import { useSyncExternalStore } from 'react';

let pressesLeft: number | null = null;
const listeners = new Set<() => void>();

export function setShiftPressesLeft(next: number | null): void {
  if (next === pressesLeft) return;
  pressesLeft = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => pressesLeft;

export function useShiftPressesLeft(): number | null {
  return useSyncExternalStore(subscribe, read, read);
}
