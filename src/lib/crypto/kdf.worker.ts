/// <reference lib="webworker" />
/**
 * Derives a key from a passphrase away from the main thread: 600,000 PBKDF2 rounds take a noticeable
 * moment on a cheap phone, and the screen (and quick exit) must keep responding meanwhile.
 * The result is a non-extractable CryptoKey, passed back by structured clone — never raw bytes.
 */
import { deriveKey, type KdfParams, type KeyPurpose } from './keys';

interface DeriveRequest {
  passphrase: string;
  params: KdfParams;
  purpose: KeyPurpose;
}

self.onmessage = async (event: MessageEvent<DeriveRequest>) => {
  try {
    const key = await deriveKey(event.data.passphrase, event.data.params, event.data.purpose);
    self.postMessage({ key });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : 'derive failed' });
  }
};
