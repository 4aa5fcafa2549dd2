/**
 * Signals between Verder's open tabs on this phone (BroadcastChannel, same origin only, never the
 * network): quick exit in one tab leaves every tab, "Lock now" locks every tab, and "delete
 * everything" makes the others let go of the database. Messages carry a word, never data.
 */
type Signal = 'exit' | 'lock' | 'erased';
type Listener = () => void;

/** Also in src/firstScript/quick-exit.js, which listens for 'exit' until the app runs (tested). */
export const channelName = 'verder-tabs';
const listeners: Record<Signal, Set<Listener>> = { exit: new Set(), lock: new Set(), erased: new Set() };
let channel: BroadcastChannel | null | undefined;

function isSignal(value: unknown): value is Signal {
  return value === 'exit' || value === 'lock' || value === 'erased';
}

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel === 'undefined') {
    channel = null;
    return channel;
  }
  channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isSignal(event.data)) return;
    for (const listener of [...listeners[event.data]]) {
      try {
        listener();
      } catch (error) {
        console.error(error);
      }
    }
  };
  // Node (the unit tests) would otherwise keep running for the open channel; browsers have no unref.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return channel;
}

function listen(signal: Signal, listener: Listener): () => void {
  open();
  listeners[signal].add(listener);
  return () => {
    listeners[signal].delete(listener);
  };
}

function send(signal: Signal): void {
  try {
    open()?.postMessage(signal);
  } catch {
    // A closed channel must never stop quick exit or a lock in this tab.
  }
}

export const announceQuickExit = (): void => send('exit');
export const announceVaultLock = (): void => send('lock');
export const announceErased = (): void => send('erased');
export const onRemoteQuickExit = (listener: Listener): (() => void) => listen('exit', listener);
export const onRemoteLock = (listener: Listener): (() => void) => listen('lock', listener);
export const onRemoteErase = (listener: Listener): (() => void) => listen('erased', listener);
