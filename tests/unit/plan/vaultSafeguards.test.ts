// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/data/database';
import { readPlanSnapshot, saveSetting, type PlanLockRecord } from '../../../src/data';
import { openPlan } from '../../../src/features/plan/usePlan';
import { openRow } from '../../../src/features/vault/codec';
import {
  changePassphrase,
  DamagedLockError,
  setEraseAfterFailures,
  setUpLock,
  unlockPlan,
  WrongPassphraseError,
} from '../../../src/features/vault/lockActions';
import { currentSession, lockNow } from '../../../src/features/vault/session';
import { decryptJson, unwrapDataKey } from '../../../src/lib/crypto';
import { cachedDerive, samplePlan } from './fixtures';

const derive = cachedDerive();
const passphrase = 'drie woorden achter elkaar';

async function lock(): Promise<PlanLockRecord> {
  const { lock } = await readPlanSnapshot();
  if (!lock) throw new Error('no lock');
  return lock;
}

beforeEach(async () => {
  lockNow();
  await database.open();
  await database.planItems.clear();
  await database.planMeta.clear();
  await database.settings.clear();
  await database.planItems.bulkPut(samplePlan().map((item) => ({ id: item.id, rev: 'r0', data: item })));
  await setUpLock((await readPlanSnapshot()).rows, passphrase, 1, { derive, iterations: 100_000 });
  lockNow();
});

describe('a tampered lock record (threat: storage changed through developer tools or USB debugging)', () => {
  it('is refused at once, without starting any key derivation, when it asks for 4,294,967,295 rounds', async () => {
    const tampered = { ...(await lock()) };
    tampered.kdf = { ...tampered.kdf, iterations: 4_294_967_295 };
    const spy = vi.fn(derive);
    const started = Date.now();
    await expect(unlockPlan(tampered, passphrase, { derive: spy })).rejects.toBeInstanceOf(DamagedLockError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(spy).not.toHaveBeenCalled();
  });

  it('is refused when the salt is shorter than 16 bytes or the IV is not 12 bytes', async () => {
    const stored = await lock();
    const shortSalt = { ...stored, kdf: { ...stored.kdf, salt: new Uint8Array(8) } };
    const longIv = { ...stored, wrappedKey: { ...stored.wrappedKey, iv: new Uint8Array(16) } };
    await expect(unlockPlan(shortSalt, passphrase, { derive })).rejects.toBeInstanceOf(DamagedLockError);
    await expect(unlockPlan(longIv, passphrase, { derive })).rejects.toBeInstanceOf(DamagedLockError);
  });
});

describe('erase after wrong passphrases (threat: someone guessing the passphrase)', () => {
  it('erases nothing after N−1 wrong passphrases, and shows the count', async () => {
    await unlockPlan(await lock(), passphrase, { derive });
    await setEraseAfterFailures(await lock(), 3);
    lockNow();
    for (let attempt = 1; attempt <= 2; attempt++) {
      const error = await unlockPlan(await lock(), 'fout', { derive }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(WrongPassphraseError);
      expect((error as WrongPassphraseError).failures).toBe(attempt);
      expect((error as WrongPassphraseError).erased).toBe(false);
    }
    expect(await database.planItems.count()).toBe(samplePlan().length);
    await unlockPlan(await lock(), passphrase, { derive });
    expect((await lock()).failedAttempts).toBe(0);
  });

  it('erases the vault and nothing else at the N-th wrong passphrase', async () => {
    await saveSetting('language', 'ar');
    await unlockPlan(await lock(), passphrase, { derive });
    await setEraseAfterFailures(await lock(), 3);
    lockNow();
    let last: unknown;
    for (let attempt = 1; attempt <= 3; attempt++) {
      last = await unlockPlan(await lock(), 'fout', { derive }).catch((reason: unknown) => reason);
    }
    expect((last as WrongPassphraseError).erased).toBe(true);
    expect(await database.planItems.count()).toBe(0);
    expect(await database.planMeta.count()).toBe(0);
    expect(await database.settings.get('language')).toEqual({ key: 'language', value: 'ar' });
  });

  it('counts nothing when the safeguard is off', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(unlockPlan(await lock(), 'fout', { derive })).rejects.toBeInstanceOf(WrongPassphraseError);
    }
    expect(await database.planItems.count()).toBe(samplePlan().length);
    expect((await lock()).failedAttempts ?? 0).toBe(0);
  });
});

describe('changing the passphrase with a new key (threat: someone who knew the old passphrase kept the old lock)', () => {
  it('re-encrypts every record with a new data key that the old passphrase cannot unwrap', async () => {
    const old = await lock();
    await unlockPlan(old, passphrase, { derive });
    await changePassphrase(old, passphrase, 'een heel andere zin', { derive, rotate: true });
    const next = await lock();
    expect(next.keyId).not.toBe(old.keyId);
    const oldWrapping = await derive(passphrase, old.kdf as never, 'wrap');
    const oldDataKey = await unwrapDataKey(old.wrappedKey, oldWrapping);
    const rows = await database.planItems.toArray();
    for (const row of rows) {
      if (!row.sealed) throw new Error('a row is not sealed');
      await expect(decryptJson(oldDataKey, row.sealed)).rejects.toThrow();
    }
    lockNow();
    await unlockPlan(next, 'een heel andere zin', { derive });
    const view = await openPlan(rows, next, currentSession());
    expect(view.status === 'ready' && view.items.length).toBe(samplePlan().length);
  });
});

describe('the decrypted-record cache (threat: plaintext kept in memory after a lock)', () => {
  it('gives nothing for a sealed row without a session, even right after it was opened', async () => {
    await unlockPlan(await lock(), passphrase, { derive });
    const { rows } = await readPlanSnapshot();
    const session = currentSession();
    const [first] = rows;
    if (!first) throw new Error('no rows');
    expect((await openRow(first, session)).item).toBeDefined();
    lockNow();
    for (const row of rows) expect((await openRow(row, null)).item).toBeUndefined();
  });

  it('drops what was still being decrypted when the vault locked', async () => {
    await unlockPlan(await lock(), passphrase, { derive });
    const { rows, lock: current } = await readPlanSnapshot();
    const opening = openPlan(rows, current, currentSession());
    lockNow();
    expect((await opening).status).toBe('locked');
    for (const row of rows) expect((await openRow(row, null)).item).toBeUndefined();
  });
});
