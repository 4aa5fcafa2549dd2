/**
 * Registers the service worker with workbox-window (an external script, so the CSP needs no
 * 'unsafe-inline'). A new version waits until the person chooses to update: it never reloads on its
 * own, so nothing being typed is interrupted.
 */
import type { Workbox } from 'workbox-window';

type UpdateListener = (isReady: boolean) => void;

let workbox: Workbox | null = null;
let isUpdateReady = false;
let isUpdateRequestedHere = false;
const listeners = new Set<UpdateListener>();

function setUpdateReady(value: boolean): void {
  isUpdateReady = value;
  for (const listener of listeners) listener(value);
}

export function onUpdateReady(listener: UpdateListener): () => void {
  listeners.add(listener);
  listener(isUpdateReady);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(url = `${import.meta.env.BASE_URL}sw.js`): void {
  if (!('serviceWorker' in navigator)) return;
  // workbox-window loads after the first screen is hydrated: registering can wait that long.
  void import('workbox-window')
    .then(({ Workbox }) => {
      const registering = new Workbox(url, { scope: import.meta.env.BASE_URL });
      registering.addEventListener('waiting', () => setUpdateReady(true));
      registering.addEventListener('controlling', () => {
        // Only the tab where the person pressed "update" reloads; other tabs keep what is on screen.
        if (isUpdateRequestedHere) window.location.reload();
      });
      workbox = registering;
      return registering.register();
    })
    .catch(() => undefined);
}

export function applyUpdate(): void {
  if (!workbox) return;
  isUpdateRequestedHere = true;
  workbox.messageSkipWaiting();
}

export function dismissUpdate(): void {
  setUpdateReady(false);
}

/**
 * Asks the service worker to keep the start screen of the language just chosen, so the next visit is
 * painted at once in that language, offline too. The worker reads the language setting itself.
 */
export function keepStartPage(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: 'KEEP_START_PAGE' }),
  );
}
