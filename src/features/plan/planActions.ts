/**
 * Editing the plan. Each change writes only the items it touches, so two tabs editing different
 * items never overwrite each other, and a delete can be undone by writing the same row back.
 */
import { deletePlanRow, putPlanRows, type PlanRow } from '../../data';
import {
  orderAfterMove,
  orderAtEnd,
  type PlanItem,
  type PlanItemFields,
  type PlanItemKind,
  type PlanItemOf,
  type VaultItem,
} from '../../domain/plan';
import { mapInBatches } from '../../lib/inBatches';
import { sealItem } from '../vault';
import type { PlanState } from './usePlan';

type WriteContext = Pick<PlanState, 'items' | 'lock' | 'session'>;

function keyIdOf(context: WriteContext): string | null {
  return context.lock?.keyId ?? null;
}

export async function writeItems(items: VaultItem[], context: WriteContext): Promise<void> {
  // Under a lock, a write without the key would store the words in plain text: refused instead.
  if (context.lock && !context.session) throw new Error('The plan is locked');
  const rows = await mapInBatches(items, (item) => sealItem(item, context.session));
  await putPlanRows(rows, keyIdOf(context));
}

export async function addItem<K extends PlanItemKind>(
  kind: K,
  fields: PlanItemFields[K],
  context: WriteContext,
): Promise<PlanItemOf<K>> {
  const item = {
    ...fields,
    kind,
    id: crypto.randomUUID(),
    order: orderAtEnd(context.items, kind),
    updatedAt: Date.now(),
  } as PlanItemOf<K>;
  await writeItems([item as PlanItem], context);
  return item;
}

export async function updateItem<K extends PlanItemKind>(
  item: PlanItemOf<K>,
  changes: Partial<PlanItemFields[K]>,
  context: WriteContext,
): Promise<void> {
  await writeItems([{ ...item, ...changes, updatedAt: Date.now() } as PlanItem], context);
}

/** Puts steps from Verder's content into the plan in one write, after the steps already there. */
export async function addContentSteps(
  contentIds: readonly string[],
  domain: PlanItemFields['step']['domain'],
  context: WriteContext,
): Promise<string[]> {
  const start = orderAtEnd(context.items, 'step');
  const now = Date.now();
  const steps: PlanItem[] = contentIds.map((contentId, index) => ({
    kind: 'step',
    id: crypto.randomUUID(),
    order: start + index,
    updatedAt: now,
    text: '',
    contentId,
    domain,
    status: 'todo',
    date: '',
  }));
  await writeItems(steps, context);
  return steps.map((step) => step.id);
}

/** Moves an item one place among `among` (e.g. the goals of one part of life), or among all of its kind. */
export async function moveItem(
  item: PlanItem,
  direction: -1 | 1,
  context: WriteContext,
  among: readonly PlanItem[] = context.items,
): Promise<void> {
  const order = orderAfterMove(among, item, direction);
  if (order === undefined) return;
  await writeItems([{ ...item, order, updatedAt: Date.now() } as PlanItem], context);
}

/** Deletes one item and returns how to bring it back exactly as it was stored. */
export async function removeItem(item: PlanItem, rows: readonly PlanRow[], context: WriteContext) {
  const stored = rows.find((row) => row.id === item.id);
  await deletePlanRow(item.id);
  const keyId = keyIdOf(context);
  return async function undo(): Promise<void> {
    await putBackRow(stored, keyId);
  };
}

/** Undo of a delete: the row written back exactly as it was stored (still sealed), under the same lock. */
export async function putBackRow(row: PlanRow | undefined, keyId: string | null): Promise<void> {
  if (row) await putPlanRows([row], keyId);
}
