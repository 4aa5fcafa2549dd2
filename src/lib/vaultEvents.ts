/**
 * "The vault just locked", for parts of the app that must forget or stop something then (read
 * aloud reading the plan) but should not load the vault's code to hear it.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onVaultLocked(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announceVaultLocked(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error(error);
    }
  }
}
