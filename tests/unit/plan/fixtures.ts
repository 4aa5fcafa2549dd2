import type { PlanItem } from '../../../src/domain/plan';
import { deriveKey, type KdfParams, type KeyPurpose } from '../../../src/lib/crypto';

/** A small plan with one item of every kind, as a person might have it. */
export function samplePlan(): PlanItem[] {
  return [
    { kind: 'goal', id: 'g1', order: 1, updatedAt: 100, domain: 'housing', text: 'Een eigen kamer' },
    {
      kind: 'step',
      id: 's1',
      order: 1,
      updatedAt: 100,
      text: '',
      contentId: 'stopping.housing.register',
      domain: 'housing',
      status: 'doing',
      date: '2026-12-01',
    },
    {
      kind: 'step',
      id: 's2',
      order: 2,
      updatedAt: 100,
      text: 'Bel de woningbouw',
      domain: '',
      status: 'todo',
      date: '',
    },
    {
      kind: 'appointment',
      what: '',
      id: 'a1',
      order: 1,
      updatedAt: 100,
      date: '2026-12-03',
      time: '10:30',
      place: 'Wijkteam',
      withWhom: 'Sam',
      note: '',
    },
    {
      kind: 'contact',
      id: 'c1',
      order: 1,
      updatedAt: 100,
      name: 'Sam',
      role: 'hulpverlener',
      phone: '06 1234 5678',
      note: '',
    },
    { kind: 'talent', id: 't1', order: 1, updatedAt: 100, talentId: 'negotiating', text: '' },
    {
      kind: 'safetyNet',
      id: 'n1',
      order: 1,
      updatedAt: 100,
      when: 'Ik mis het geld',
      then: 'Ik kijk naar mijn lijst',
      call: 'Sam',
    },
    { kind: 'note', id: 'o1', order: 1, updatedAt: 100, text: 'Vragen voor het gesprek' },
  ];
}

/**
 * PBKDF2 with 600,000 rounds takes a moment; tests that try hundreds of files with the same salt
 * derive each key once. The app itself never caches a derived key.
 */
export function cachedDerive() {
  const cache = new Map<string, Promise<CryptoKey>>();
  return (passphrase: string, params: KdfParams, purpose: KeyPurpose) => {
    const id = [passphrase, Buffer.from(params.salt).toString('hex'), params.iterations, purpose].join('|');
    let key = cache.get(id);
    if (!key) {
      key = deriveKey(passphrase, params, purpose);
      cache.set(id, key);
    }
    return key;
  };
}
