// @vitest-environment node
import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptBytes,
  decryptJson,
  deriveKey,
  encryptBytes,
  encryptJson,
  fromBase64,
  generateDataKey,
  newKdfParams,
  pbkdf2Bits,
  toBase64,
  unwrapDataKey,
  wrapDataKey,
} from '../../../src/lib/crypto';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('PBKDF2-SHA-256 known answers', () => {
  // RFC 7914 §11 and the widely published SHA-256 counterparts of RFC 6070.
  it.each([
    [
      'passwd',
      'salt',
      1,
      512,
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    ],
    [
      'Password',
      'NaCl',
      80_000,
      512,
      '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
    ],
    ['password', 'salt', 1, 256, '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
    ['password', 'salt', 2, 256, 'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43'],
    ['password', 'salt', 4096, 256, 'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a'],
  ])('%s / %s / %i rounds', async (passphrase, salt, iterations, bits, expected) => {
    expect(hex(await pbkdf2Bits(passphrase, ascii(salt), iterations, bits))).toBe(expected);
  });

  it('matches an independent implementation at the 600,000 rounds the app uses', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const ours = await pbkdf2Bits('een lange zin als wachtwoord', salt, 600_000, 256);
    expect(hex(ours)).toBe(pbkdf2Sync('een lange zin als wachtwoord', salt, 600_000, 32, 'sha256').toString('hex'));
  });
});

describe('AES-256-GCM with random IVs', () => {
  it('gives 10,000 encryptions 10,000 distinct 96-bit IVs', async () => {
    const key = await generateDataKey();
    const ivs = new Set<string>();
    for (let index = 0; index < 10_000; index += 1) {
      const sealed = await encryptBytes(key, ascii('same text every time'));
      expect(sealed.iv).toHaveLength(12);
      ivs.add(hex(sealed.iv));
    }
    expect(ivs.size).toBe(10_000);
  });

  it('round-trips a value and never stores it readable', async () => {
    const key = await generateDataKey();
    const sealed = await encryptJson(key, { text: 'afspraak bij de huisarts' });
    expect(Buffer.from(sealed.data).toString('latin1')).not.toContain('huisarts');
    expect(await decryptJson(key, sealed)).toEqual({ text: 'afspraak bij de huisarts' });
  });

  it('fails when any single byte of the ciphertext, tag or IV is changed', async () => {
    const key = await generateDataKey();
    const sealed = await encryptBytes(key, ascii('mijn plan'));
    const length = sealed.data.byteLength;
    for (let index = 0; index < length; index += 1) {
      const data = new Uint8Array(sealed.data.slice(0));
      data[index] = (data[index] ?? 0) ^ 0x01;
      await expect(decryptBytes(key, { iv: sealed.iv, data: data.buffer })).rejects.toThrow();
    }
    const iv = sealed.iv.slice();
    iv[0] = (iv[0] ?? 0) ^ 0x80;
    await expect(decryptBytes(key, { iv, data: sealed.data })).rejects.toThrow();
  });
});

describe('the data key wrapped by a passphrase', () => {
  it('opens with the right passphrase and refuses a wrong one', async () => {
    const params = newKdfParams(1_000);
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, await deriveKey('goede zin', params, 'wrap'));
    const opened = await unwrapDataKey(wrapped, await deriveKey('goede zin', params, 'wrap'));
    const sealed = await encryptJson(dataKey, 'test');
    expect(await decryptJson(opened, sealed)).toBe('test');
    expect(opened.extractable).toBe(false);
    await expect(unwrapDataKey(wrapped, await deriveKey('Goede zin', params, 'wrap'))).rejects.toThrow();
  });

  it('uses a new random salt for every set of parameters', () => {
    expect(hex(newKdfParams().salt)).not.toBe(hex(newKdfParams().salt));
    expect(newKdfParams().iterations).toBe(600_000);
  });
});

describe('base64 for the export file', () => {
  it('round-trips bytes, also large ones', () => {
    const bytes = new Uint8Array(100_000);
    for (let start = 0; start < bytes.length; start += 65_536)
      crypto.getRandomValues(bytes.subarray(start, start + 65_536));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(() => fromBase64('abc$')).toThrow();
    expect(() => fromBase64('abc')).toThrow();
    // 'QR==' decodes like 'QQ==' in atob: the spare bits must be zero, or a changed file could pass.
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]));
    expect(() => fromBase64('QR==')).toThrow();
  });
});
