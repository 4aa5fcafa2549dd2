/**
 * Writing an imported plan after the person confirmed. Merge adds what is new and keeps whichever
 * copy of an item changed last; replace swaps the whole plan in one transaction. With a lock, the
 * imported items are sealed with the current key before anything is written.
 */
import { replacePlan } from '../../../data';
import { mergePlans, type VaultItem } from '../../../domain/plan';
import { writeItems } from '../planActions';
import { mapInBatches } from '../../../lib/inBatches';
import { sealItem } from '../../vault';
import type { PlanState } from '../usePlan';

export async function mergeImport(incoming: readonly VaultItem[], state: PlanState): Promise<number> {
  const changed = mergePlans(state.records, incoming);
  if (changed.length > 0) await writeItems(changed, state);
  return changed.length;
}

export async function replaceWithImport(incoming: readonly VaultItem[], state: PlanState): Promise<void> {
  const rows = await mapInBatches(incoming, (item) => sealItem(item, state.session));
  await replacePlan(state.rows, rows, state.lock ?? null, state.lock?.keyId ?? null);
}
