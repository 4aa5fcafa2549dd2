/**
 * Key derivation in a short-lived worker. Where workers are missing (tests in jsdom) it falls back to
 * the calling thread; Web Crypto's PBKDF2 is asynchronous there too.
 */
import { deriveKey, type KdfParams, type KeyPurpose } from './keys';

export async function deriveKeyOffMainThread(
  passphrase: string,
  params: KdfParams,
  purpose: KeyPurpose,
): Promise<CryptoKey> {
  if (typeof Worker === 'undefined') return deriveKey(passphrase, params, purpose);
  const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CryptoKey>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ key?: CryptoKey; error?: string }>) => {
        if (event.data.key) resolve(event.data.key);
        else reject(new Error(event.data.error ?? 'derive failed'));
      };
      worker.onerror = () => reject(new Error('Key worker failed'));
      worker.postMessage({ passphrase, params, purpose });
    });
  } finally {
    worker.terminate();
  }
}
