/**
 * Locks the plan when the app has been out of sight for the chosen number of minutes (0: at once).
 * Timers are slowed down in background tabs, so the time away is also checked on return.
 */
import { useEffect } from 'react';
import { usePlanLock } from '../../data';
import { currentSession, lockNow } from './session';

export function watchVisibility(minutes: number, doc: Document = document, now: () => number = Date.now): () => void {
  let hiddenAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    if (doc.visibilityState === 'hidden') {
      hiddenAt = now();
      if (minutes === 0) lockNow();
      else timer = setTimeout(lockNow, minutes * 60_000);
      return;
    }
    clearTimeout(timer);
    if (hiddenAt !== null && now() - hiddenAt >= minutes * 60_000 && currentSession()) lockNow();
    hiddenAt = null;
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onChange);
  };
}

export function useAutoLock(): void {
  const lock = usePlanLock();
  const minutes = lock ? lock.autoLockMinutes : undefined;
  useEffect(() => (minutes === undefined ? undefined : watchVisibility(minutes)), [minutes]);
}
