/**
 * The export file: one JSON envelope holding the plan encrypted with a key from the export
 * passphrase (always asked, also when the plan has no lock). The header — format, version, key
 * derivation and IV — is bound to the ciphertext as additional data, so changing any of it fails.
 * Reading never trusts the file: size, shape, version and every item are checked before anything
 * is shown, and nothing is written until the person confirms.
 */
import { z } from 'zod';
import { parseVaultItem, type VaultItem } from '../../../domain/plan';
import { mapInBatches } from '../../../lib/inBatches';
import {
  decryptBytes,
  defaultIterations,
  deriveKeyOffMainThread,
  encryptBytes,
  fromBase64,
  maximumIterations,
  minimumIterations,
  newKdfParams,
  randomBytes,
  toBase64,
  type KdfParams,
} from '../../../lib/crypto';

export const exportFormat = 'verder-plan';
export const exportVersion = 1;
/** A plan of thousands of items is well under a megabyte; anything far bigger is not ours. */
export const maxExportBytes = 5 * 1024 * 1024;
export const maxExportItems = 20_000;

export type ImportErrorCode = 'tooLarge' | 'notAPlanFile' | 'futureVersion' | 'wrongPassphrase' | 'damaged';

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode) {
    super(`Import refused: ${code}`);
    this.name = 'ImportError';
  }
}

const base64 = z.string().max(maxExportBytes);

const envelopeSchema = z
  .object({
    format: z.literal(exportFormat),
    version: z.literal(exportVersion),
    kdf: z
      .object({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(minimumIterations).max(maximumIterations),
        salt: base64,
      })
      .strict(),
    cipher: z.object({ name: z.literal('AES-GCM'), iv: base64 }).strict(),
    data: base64,
  })
  .strict();

export interface ExportEnvelope {
  kdf: KdfParams;
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

type Derive = typeof deriveKeyOffMainThread;

/** The file's header: written before the data, and bound to it as additional data. */
function headerOf(kdf: KdfParams, iv: Uint8Array) {
  return {
    format: exportFormat,
    version: exportVersion,
    kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
}

function additionalData(header: ReturnType<typeof headerOf>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(header));
}

export async function createExport(
  items: readonly VaultItem[],
  passphrase: string,
  derive: Derive = deriveKeyOffMainThread,
  iterations = defaultIterations,
): Promise<string> {
  const kdf = newKdfParams(iterations);
  const key = await derive(passphrase, kdf, 'encrypt');
  const payload = new TextEncoder().encode(JSON.stringify({ items }));
  // The header names the IV, so the IV is chosen here and the whole header goes in as additional data.
  const iv = randomBytes(12);
  const header = headerOf(kdf, iv);
  const sealed = await encryptBytes(key, payload, additionalData(header), iv);
  return JSON.stringify({ ...header, data: toBase64(new Uint8Array(sealed.data)) });
}

/** Checks everything that can be checked without the passphrase. */
export function readEnvelope(text: string): ExportEnvelope {
  if (text.length > maxExportBytes) throw new ImportError('tooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('notAPlanFile');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== exportFormat) {
    throw new ImportError('notAPlanFile');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > exportVersion) throw new ImportError('futureVersion');
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw new ImportError('damaged');
  try {
    const salt = fromBase64(parsed.data.kdf.salt);
    const iv = fromBase64(parsed.data.cipher.iv);
    const data = fromBase64(parsed.data.data);
    if (salt.length < 16 || iv.length !== 12 || data.length < 16) throw new Error('Wrong lengths');
    return { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: parsed.data.kdf.iterations, salt }, iv, data };
  } catch {
    throw new ImportError('damaged');
  }
}

export async function openEnvelope(
  envelope: ExportEnvelope,
  passphrase: string,
  derive: Derive = deriveKeyOffMainThread,
): Promise<VaultItem[]> {
  const key = await derive(passphrase, envelope.kdf, 'encrypt');
  let plain: Uint8Array;
  try {
    plain = await decryptBytes(
      key,
      { iv: envelope.iv, data: envelope.data },
      additionalData(headerOf(envelope.kdf, envelope.iv)),
    );
  } catch {
    // GCM cannot tell a wrong passphrase from a changed file; the message says both.
    throw new ImportError('wrongPassphrase');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new ImportError('damaged');
  }
  const list = (payload as { items?: unknown })?.items;
  if (!Array.isArray(list) || list.length > maxExportItems) throw new ImportError('damaged');
  const items = await mapInBatches(list, parseVaultItem, { batchSize: 250 });
  if (items.some((item) => item === undefined)) throw new ImportError('damaged');
  const valid = items as VaultItem[];
  if (new Set(valid.map((item) => item.id)).size !== valid.length) throw new ImportError('damaged');
  return valid;
}

export async function readExport(text: string, passphrase: string, derive: Derive = deriveKeyOffMainThread) {
  return openEnvelope(readEnvelope(text), passphrase, derive);
}
