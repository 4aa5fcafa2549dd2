import { useSyncExternalStore } from 'react';
import { isShowingMode, onShowingModeChange } from '../../lib/showingMode';

const subscribe = (listener: () => void) => onShowingModeChange(() => listener());

/** True while the worker shows Verder to someone: the plan is then hidden (and already locked). */
export function useShowingSomeone(): boolean {
  return useSyncExternalStore(subscribe, isShowingMode, isShowingMode);
}
