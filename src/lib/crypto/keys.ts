/**
 * Web Crypto only, nothing hand-rolled. A passphrase becomes a key-encryption key with PBKDF2-SHA-256;
 * that key wraps a random AES-256-GCM data key; every encryption uses a fresh random 96-bit IV.
 * Keys are non-extractable CryptoKeys held in memory, never stored unwrapped.
 */

/** OWASP's current figure for PBKDF2-HMAC-SHA256. Stored with the data so it can be raised later. */
export const defaultIterations = 600_000;
/** Below this a stored or imported parameter is refused: it would make guessing cheap. */
export const minimumIterations = 100_000;
/** Above this a stored lock or a file is refused: deriving would keep a cheap phone busy for minutes. */
export const maximumIterations = 2_000_000;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export type KeyPurpose = 'wrap' | 'encrypt';

const usagesFor: Record<KeyPurpose, KeyUsage[]> = {
  wrap: ['wrapKey', 'unwrapKey'],
  encrypt: ['encrypt', 'decrypt'],
};

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('Web Crypto is not available');
  return api;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function newKdfParams(iterations = defaultIterations): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) };
}

/** Raw PBKDF2 output; used for known-answer tests and nothing else. */
export async function pbkdf2Bits(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, bits: number) {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  return new Uint8Array(
    await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, bits),
  );
}

/** Runs on whichever thread calls it; the app calls it from a worker (see deriveOffMainThread). */
export async function deriveKey(passphrase: string, params: KdfParams, purpose: KeyPurpose): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: params.hash, salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usagesFor[purpose],
  );
}

/** A new random data key. Extractable only so it can be wrapped once; the app keeps the unwrapped copy. */
export function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await subtle().wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv });
  return { iv, data };
}

/**
 * Fails (OperationError) with a wrong passphrase: GCM's tag does not match. That is the only check —
 * no separate password check value is stored.
 */
export function unwrapDataKey(wrapped: Sealed, wrappingKey: CryptoKey, extractable = false): Promise<CryptoKey> {
  return subtle().unwrapKey(
    'raw',
    wrapped.data,
    wrappingKey,
    { name: 'AES-GCM', iv: wrapped.iv },
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/** A fresh random IV unless the caller chose one already (the export header has to name it). */
export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  additionalData?: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer> = randomBytes(12),
): Promise<Sealed> {
  const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv };
  return { iv, data: await subtle().encrypt(params, key, plain) };
}

export async function decryptBytes(
  key: CryptoKey,
  // A view as well as a buffer: a view keeps working across JavaScript realms (e.g. jsdom in tests).
  sealed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer | Uint8Array<ArrayBuffer> },
  additionalData?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const params: AesGcmParams = additionalData
    ? { name: 'AES-GCM', iv: sealed.iv, additionalData }
    : { name: 'AES-GCM', iv: sealed.iv };
  return new Uint8Array(await subtle().decrypt(params, key, sealed.data));
}

export function encryptJson(key: CryptoKey, value: unknown): Promise<Sealed> {
  return encryptBytes(key, new TextEncoder().encode(JSON.stringify(value)));
}

export async function decryptJson(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await decryptBytes(key, sealed)));
}
