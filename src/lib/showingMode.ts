/**
 * "Showing someone" mode: an outreach worker shows Verder on their own phone to someone else.
 * While it is on, nothing typed or chosen may be written to the device, and the worker's own plan
 * is hidden and locked. The state lives in memory only, on purpose: a reload or a closed tab
 * always leaves the mode, so the phone can never be stuck in it or give it away later.
 */
type ShowingModeListener = (isOn: boolean) => void;

let isOn = false;
let epoch = 0;
const listeners = new Set<ShowingModeListener>();

export function isShowingMode(): boolean {
  return isOn;
}

function set(next: boolean): void {
  if (isOn === next) return;
  isOn = next;
  epoch += 1;
  for (const listener of [...listeners]) {
    try {
      listener(next);
    } catch (error) {
      // One failing listener must not keep the others (e.g. clearing the memory overlay) from running.
      console.error(error);
    }
  }
}

/**
 * Moves on at every start and stop. A write that began under one mode compares it after its awaits
 * and is dropped if the mode changed meanwhile: the person shown never leaves a trace, and the
 * worker's own settings are never overwritten by a late save from the mode.
 */
export function showingModeEpoch(): number {
  return epoch;
}

export function enterShowingMode(): void {
  set(true);
}

export function leaveShowingMode(): void {
  set(false);
}

/** Called with the new state after every change; returns the function that stops listening. */
export function onShowingModeChange(listener: ShowingModeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
