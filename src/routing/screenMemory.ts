/**
 * What a screen had chosen (Find help's town and filters), kept while the person looks at another
 * screen and comes Back to it: in memory only, never in storage or in the history. It belongs to one
 * place in the trail of screens (screenTrail.ts): Back to that place finds it again, while opening
 * the same screen afresh (from the bottom bar, from a topic) starts clean. Forgotten at quick exit,
 * when the vault locks, and when showing someone starts or stops, like every other memory of a
 * visit: a town someone searched for says where they are.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { onQuickExit } from '../lib/quickExit';
import { onShowingModeChange } from '../lib/showingMode';
import { onVaultLocked } from '../lib/vaultEvents';
import { useNavigation } from './NavigationContext';
import type { Route } from './routes';

// Keyed by the trail's own entry: a screen left out of the trail (Back past it, a new start) takes
// its memory with it.
let memory = new WeakMap<Route, Map<string, unknown>>();

export function forgetScreenMemory(): void {
  memory = new WeakMap();
}

onQuickExit(forgetScreenMemory);
onVaultLocked(forgetScreenMemory);
onShowingModeChange(forgetScreenMemory);

export function readScreenMemory<T>(entry: Route, key: string): T | undefined {
  return memory.get(entry)?.get(key) as T | undefined;
}

export function writeScreenMemory(entry: Route, key: string, value: unknown): void {
  const kept = memory.get(entry) ?? new Map<string, unknown>();
  kept.set(key, value);
  memory.set(entry, kept);
}

/**
 * useState that the screen finds again when the person comes Back to it. `key` names the value
 * within the screen.
 */
export function useScreenMemory<T>(key: string, initial: () => T): [T, Dispatch<SetStateAction<T>>] {
  const { route } = useNavigation();
  // The trail entry this screen was opened at; the route changes before the screen goes.
  const [entry] = useState(route);
  const [value, setValue] = useState<T>(() => readScreenMemory<T>(entry, key) ?? initial());
  useEffect(() => {
    writeScreenMemory(entry, key, value);
  }, [entry, key, value]);
  return [value, setValue];
}
