/**
 * The stored lock record is checked before it is used: storage can be changed by anyone with the
 * unlocked phone and developer tools, and a record asking for 4 billion key-derivation rounds would
 * otherwise freeze the unlock for hours. Bounds follow src/lib/crypto/keys.ts.
 */
import { z } from 'zod';
import { maximumIterations, minimumIterations } from '../lib/crypto/keys';

export {
  autoLockChoices,
  defaultAutoLockMinutes,
  defaultIdleLockMinutes,
  eraseAfterChoices,
  idleLockChoices,
} from './vaultSettings';

const bytes = (min: number, max: number) =>
  z.custom<Uint8Array<ArrayBuffer>>(
    (value) =>
      ArrayBuffer.isView(value) &&
      (value as Uint8Array).BYTES_PER_ELEMENT === 1 &&
      value.byteLength >= min &&
      value.byteLength <= max,
  );
const buffer = z.custom<ArrayBuffer>(
  (value) =>
    (Object.prototype.toString.call(value) === '[object ArrayBuffer]' || ArrayBuffer.isView(value)) &&
    (value as ArrayBuffer).byteLength >= 16 &&
    (value as ArrayBuffer).byteLength <= 1024,
);

export const lockRecordSchema = z.object({
  key: z.literal('lock'),
  keyId: z.string().min(1).max(64),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(minimumIterations).max(maximumIterations),
    salt: bytes(16, 64),
  }),
  wrappedKey: z.object({ iv: bytes(12, 12), data: buffer }),
  autoLockMinutes: z.number().int().min(0).max(1440),
  idleLockMinutes: z.number().int().min(1).max(1440).optional(),
  eraseAfterFailures: z.number().int().min(3).max(10).nullable().optional(),
  failedAttempts: z.number().int().min(0).max(10_000).optional(),
});

export function isValidLockRecord(value: unknown): boolean {
  return lockRecordSchema.safeParse(value).success;
}
