/**
 * Turns stored rows into vault records and back. With a lock, a record is sealed with the data key;
 * without one it is stored as it is. Opened records are cached per row revision and per session, so
 * a change in one row does not decrypt the whole plan again. The cache is wiped when the vault locks,
 * and a result that was still being decrypted when it locked is dropped (the lock epoch changed).
 */
import type { PlanRow } from '../../data';
import { newRevision } from '../../data';
import { parseVaultItem, type VaultItem } from '../../domain/plan';
import { decryptJson, encryptJson } from '../../lib/crypto';
import { lockEpoch, onLock, type VaultSession } from './session';

const opened = new Map<string, VaultItem>();
onLock(() => opened.clear());

export type OpenedRow = { row: PlanRow; item: VaultItem } | { row: PlanRow; item: undefined };

/** Plain rows are cached under "plain"; sealed ones under the key that opened them. */
function cacheKey(row: PlanRow, session: VaultSession | null): string {
  return `${row.sealed ? (session?.keyId ?? '') : 'plain'}:${row.id}:${row.rev}`;
}

export async function openRow(row: PlanRow, session: VaultSession | null): Promise<OpenedRow> {
  // Checked before the cache: a sealed row never opens without the session that sealed it.
  if (row.sealed && !session) return { row, item: undefined };
  const epoch = lockEpoch();
  const key = cacheKey(row, session);
  const cached = opened.get(key);
  if (cached) return { row, item: cached };
  let raw: unknown = row.data;
  if (row.sealed && session) {
    try {
      raw = await decryptJson(session.key, row.sealed);
    } catch {
      return { row, item: undefined };
    }
  }
  // Locked while decrypting: the caller gets nothing, and nothing is kept.
  if (row.sealed && epoch !== lockEpoch()) return { row, item: undefined };
  const item = parseVaultItem(raw);
  // The stored id is the one that counts: a record can never move to another row.
  if (!item || item.id !== row.id) return { row, item: undefined };
  opened.set(key, item);
  return { row, item };
}

export async function sealItem(item: VaultItem, session: VaultSession | null): Promise<PlanRow> {
  const epoch = lockEpoch();
  const row: PlanRow = { id: item.id, rev: newRevision() };
  if (session) row.sealed = await encryptJson(session.key, item);
  else row.data = item;
  if (epoch === lockEpoch()) opened.set(cacheKey(row, session), item);
  return row;
}

/**
 * Re-seals a row as it is stored — also one this version cannot parse, so nothing is dropped.
 * A sealed row that cannot be opened at all is kept exactly as it is.
 */
export async function resealRow(row: PlanRow, from: VaultSession | null, to: VaultSession | null): Promise<PlanRow> {
  let raw: unknown = row.data;
  if (row.sealed) {
    if (!from) return row;
    try {
      raw = await decryptJson(from.key, row.sealed);
    } catch {
      return row;
    }
  }
  const next: PlanRow = { id: row.id, rev: newRevision() };
  if (to) next.sealed = await encryptJson(to.key, raw);
  else next.data = raw;
  return next;
}
