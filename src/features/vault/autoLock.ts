/**
 * Locks the vault when the app has been out of sight for the chosen number of minutes (0: at once),
 * and after the chosen minutes without a touch or key while it is on screen (a phone left on a
 * table). Timers are slowed down in background tabs, so the time away is also checked on return.
 * With "quick exit also erases" on, quick exit erases the vault before the page goes. Auto-lock
 * keeps what an open plan form holds: the screen locks at once, then the draft is saved sealed
 * (session.ts, `keepDrafts`), and the next unlock says so.
 */
import { useEffect } from 'react';
import { eraseVault, usePlanLock, useSetting } from '../../data';
import { defaultIdleLockMinutes } from '../../domain/vaultSettings';
import { onQuickExit } from '../../lib/quickExit';
import { currentSession, lockNow } from './session';

const autoLock = () => lockNow({ keepDrafts: true });

export function watchVisibility(minutes: number, doc: Document = document, now: () => number = Date.now): () => void {
  let hiddenAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    if (doc.visibilityState === 'hidden') {
      hiddenAt = now();
      if (minutes === 0) autoLock();
      else timer = setTimeout(autoLock, minutes * 60_000);
      return;
    }
    clearTimeout(timer);
    if (hiddenAt !== null && now() - hiddenAt >= minutes * 60_000 && currentSession()) autoLock();
    hiddenAt = null;
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onChange);
  };
}

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

/** Locks after `minutes` without any input, checked every few seconds so a sleeping timer cannot miss it. */
export function watchIdle(minutes: number, target: Window = window, now: () => number = Date.now): () => void {
  let lastActivity = now();
  const onActivity = () => {
    lastActivity = now();
  };
  for (const name of activityEvents) target.addEventListener(name, onActivity, { capture: true, passive: true });
  const interval = setInterval(() => {
    if (currentSession() && now() - lastActivity >= minutes * 60_000) {
      autoLock();
      lastActivity = now();
    }
  }, 5_000);
  return () => {
    clearInterval(interval);
    for (const name of activityEvents) target.removeEventListener(name, onActivity, { capture: true });
  };
}

export function useAutoLock(): void {
  const lock = usePlanLock();
  const minutes = lock ? lock.autoLockMinutes : undefined;
  const idleMinutes = lock ? (lock.idleLockMinutes ?? defaultIdleLockMinutes) : undefined;
  useEffect(() => (minutes === undefined ? undefined : watchVisibility(minutes)), [minutes]);
  useEffect(() => (idleMinutes === undefined ? undefined : watchIdle(idleMinutes)), [idleMinutes]);
  const erasesAtExit = useSetting('quickExitErases') === 'on';
  // Quick exit waits (a few seconds at most, on a blank screen) until the erase is written.
  useEffect(() => (erasesAtExit ? onQuickExit(() => eraseVault().catch(() => undefined)) : undefined), [erasesAtExit]);
}
