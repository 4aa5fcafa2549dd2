/**
 * Key derivation in a short-lived worker, which can be cancelled: "Cancel" on the screen, leaving
 * the screen, and quick exit end the worker at once. Where workers are missing (tests in jsdom) it
 * falls back to the calling thread; Web Crypto's PBKDF2 is asynchronous there too.
 */
import { onQuickExit } from '../quickExit';
import { deriveKey, type KdfParams, type KeyPurpose } from './keys';

export class DerivationCancelledError extends Error {
  constructor() {
    super('Key derivation was cancelled');
    this.name = 'AbortError';
  }
}

const running = new Set<() => void>();

/** Ends every derivation that is still running (quick exit). */
export function cancelAllDerivations(): void {
  for (const cancel of [...running]) cancel();
}

onQuickExit(cancelAllDerivations);

export async function deriveKeyOffMainThread(
  passphrase: string,
  params: KdfParams,
  purpose: KeyPurpose,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  if (signal?.aborted) throw new DerivationCancelledError();
  if (typeof Worker === 'undefined') {
    const key = await deriveKey(passphrase, params, purpose);
    if (signal?.aborted) throw new DerivationCancelledError();
    return key;
  }
  const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  let cancel: () => void = () => undefined;
  try {
    return await new Promise<CryptoKey>((resolve, reject) => {
      cancel = () => {
        worker.terminate();
        reject(new DerivationCancelledError());
      };
      running.add(cancel);
      signal?.addEventListener('abort', cancel, { once: true });
      worker.onmessage = (event: MessageEvent<{ key?: CryptoKey; error?: string }>) => {
        if (event.data.key) resolve(event.data.key);
        else reject(new Error(event.data.error ?? 'derive failed'));
      };
      worker.onerror = () => reject(new Error('Key worker failed'));
      worker.postMessage({ passphrase, params, purpose });
    });
  } finally {
    running.delete(cancel);
    signal?.removeEventListener('abort', cancel);
    worker.terminate();
  }
}
