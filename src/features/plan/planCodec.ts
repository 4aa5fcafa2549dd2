/**
 * Turns stored rows into plan items and back. With a lock, an item is sealed with the data key;
 * without one it is stored as it is. Opened items are cached per row revision, so a change in one
 * row does not decrypt the whole plan again; the cache is wiped when the plan locks.
 */
import type { PlanRow } from '../../data';
import { newRevision } from '../../data';
import { parsePlanItem, type PlanItem } from '../../domain/plan';
import { decryptJson, encryptJson } from '../../lib/crypto';
import { onLock, type VaultSession } from './vault';

const opened = new Map<string, PlanItem>();
onLock(() => opened.clear());

export type OpenedRow = { row: PlanRow; item: PlanItem } | { row: PlanRow; item: undefined };

export async function openRow(row: PlanRow, session: VaultSession | null): Promise<OpenedRow> {
  const cacheKey = `${row.id}:${row.rev}`;
  const cached = opened.get(cacheKey);
  if (cached) return { row, item: cached };
  let raw: unknown = row.data;
  if (row.sealed) {
    if (!session) return { row, item: undefined };
    try {
      raw = await decryptJson(session.key, row.sealed);
    } catch {
      return { row, item: undefined };
    }
  }
  const item = parsePlanItem(raw);
  // The stored id is the one that counts: a record can never move to another row.
  if (!item || item.id !== row.id) return { row, item: undefined };
  opened.set(cacheKey, item);
  return { row, item };
}

export async function sealItem(item: PlanItem, session: VaultSession | null): Promise<PlanRow> {
  const row: PlanRow = { id: item.id, rev: newRevision() };
  if (session) row.sealed = await encryptJson(session.key, item);
  else row.data = item;
  opened.set(`${row.id}:${row.rev}`, item);
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
