// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot } from '../../../src/data';
import type { PlanItem } from '../../../src/domain/plan';
import { createExport, ImportError, readEnvelope, readExport } from '../../../src/features/plan/copies/exportFile';
import { fromBase64, toBase64 } from '../../../src/lib/crypto';
import { cachedDerive, samplePlan } from './fixtures';

const passphrase = 'zon op het water 42';
const derive = cachedDerive();
let valid: string;

beforeAll(async () => {
  valid = await createExport(samplePlan(), passphrase, derive);
});

/** A small deterministic generator, so every run tries the same 200 files. */
function seeded(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % max;
  };
}

function withJson(change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(valid) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

function corruptedVariants(): { label: string; text: string; passphrase: string }[] {
  const random = seeded(7);
  const variants: { label: string; text: string; passphrase: string }[] = [];
  const add = (label: string, text: string, pass = passphrase) => variants.push({ label, text, passphrase: pass });
  for (let index = 0; index < 40; index += 1) {
    const length = index === 0 ? 0 : random(valid.length - 1);
    add(`truncated to ${length}`, valid.slice(0, length));
  }
  for (let index = 0; index < 60; index += 1) {
    const position = random(valid.length);
    const bit = 1 << random(7);
    const text =
      valid.slice(0, position) + String.fromCharCode(valid.charCodeAt(position) ^ bit) + valid.slice(position + 1);
    add(`bit ${bit} flipped at character ${position}`, text);
  }
  for (let index = 0; index < 40; index += 1) {
    add(
      `ciphertext byte flipped`,
      withJson((json) => {
        const bytes = fromBase64(json.data as string);
        const at = random(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << random(8));
        json.data = toBase64(bytes);
      }),
    );
  }
  for (const version of [0, -1, 2, 3, 99, 1.5, '1', null, undefined, 1e9]) {
    add(
      `version ${String(version)}`,
      withJson((json) => (json.version = version)),
    );
  }
  for (let index = 0; index < 20; index += 1) {
    const wrong = ['', 'zon op het water 43', 'Zon op het water 42', ' zon op het water 42', 'x'.repeat(index + 1)][
      index % 5
    ] as string;
    add(`wrong passphrase ${index}`, valid, index < 5 ? wrong : `${wrong}${index}`);
  }
  const padding = ' '.repeat(5 * 1024 * 1024);
  for (let index = 0; index < 10; index += 1) {
    add(`huge file ${index}`, index % 2 ? valid + padding : padding + valid.repeat(index + 1));
  }
  for (const text of [
    '',
    'null',
    '[]',
    '{}',
    '42',
    '"verder"',
    'PK\u0003\u0004',
    '{"format":"other"}',
    '<html></html>',
    JSON.stringify({ items: samplePlan() }),
  ]) {
    add(`wrong format ${text.slice(0, 12)}`, text);
  }
  const header: [string, (json: Record<string, unknown>) => void][] = [
    ['iterations raised', (json) => ((json.kdf as { iterations: number }).iterations = 600_001)],
    ['iterations too low', (json) => ((json.kdf as { iterations: number }).iterations = 1)],
    ['iterations absurd', (json) => ((json.kdf as { iterations: number }).iterations = 1e12)],
    ['salt replaced', (json) => ((json.kdf as { salt: string }).salt = toBase64(new Uint8Array(16)))],
    ['salt too short', (json) => ((json.kdf as { salt: string }).salt = 'AAAA')],
    ['iv replaced', (json) => ((json.cipher as { iv: string }).iv = toBase64(new Uint8Array(12)))],
    ['iv wrong length', (json) => ((json.cipher as { iv: string }).iv = toBase64(new Uint8Array(16)))],
    ['hash changed', (json) => ((json.kdf as { hash: string }).hash = 'SHA-1')],
    ['extra field', (json) => (json.note = 'hello')],
    ['data missing', (json) => delete json.data],
  ];
  for (const [label, change] of header) add(label, withJson(change));
  return variants;
}

async function dumpPlan() {
  const { rows, lock } = await readPlanSnapshot();
  return JSON.stringify({ rows, lock });
}

describe('reading an export file', () => {
  it('round-trips the plan with the right passphrase', async () => {
    expect(await readExport(valid, passphrase, derive)).toEqual(samplePlan());
    expect(valid).not.toContain('Wijkteam');
  });

  it('refuses 200 corrupted variants with a named reason and leaves the plan exactly as it was', async () => {
    await database.open();
    const item: PlanItem = { kind: 'note', id: 'mine', order: 1, updatedAt: 1, text: 'blijft staan' };
    await putPlanRows([{ id: 'mine', rev: 'r1', data: item }], null);
    const before = await dumpPlan();
    const variants = corruptedVariants();
    expect(variants).toHaveLength(200);
    const codes = JSON.parse(readFileSync('locales/en/plan.json', 'utf8')).import.errors as Record<string, string>;
    const reasons = new Map<string, number>();
    for (const variant of variants) {
      const outcome = await readExport(variant.text, variant.passphrase, derive).then(
        () => 'accepted',
        (error: unknown) => (error instanceof ImportError ? error.code : `crashed: ${String(error)}`),
      );
      expect(Object.keys(codes), `${variant.label} → ${outcome}`).toContain(outcome);
      reasons.set(outcome, (reasons.get(outcome) ?? 0) + 1);
    }
    expect(await dumpPlan()).toBe(before);
    // Every kind of refusal was exercised, not just the first check.
    expect([...reasons.keys()].sort()).toEqual([
      'damaged',
      'futureVersion',
      'notAPlanFile',
      'tooLarge',
      'wrongPassphrase',
    ]);
  });

  it('says a file from a newer Verder is newer, not broken', () => {
    expect(() => readEnvelope(withJson((json) => (json.version = 2)))).toThrow(
      expect.objectContaining({ code: 'futureVersion' }),
    );
  });

  it('refuses a copy asking for 10,000,000 key-derivation rounds before deriving anything (threat: a file that freezes the phone)', () => {
    expect(() =>
      readEnvelope(withJson((json) => ((json.kdf as { iterations: number }).iterations = 10_000_000))),
    ).toThrow(expect.objectContaining({ code: 'damaged' }));
    expect(() =>
      readEnvelope(withJson((json) => ((json.kdf as { iterations: number }).iterations = 2_000_000))),
    ).not.toThrow();
  });
});
