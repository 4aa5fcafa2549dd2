/** The incident log as the screen sees it: every `incident-…` row in the vault, under the vault's rules. */
import { incidentIdPrefix, sortIncidents, type IncidentItem } from '../../domain/incident';
import type { VaultItem } from '../../domain/plan';
import { useVaultRecords } from '../vault';

const isIncident = (item: VaultItem): item is IncidentItem => item.kind === 'incident';

export function useIncidents() {
  const records = useVaultRecords(incidentIdPrefix, isIncident);
  const stored =
    records.stored.status === 'ready'
      ? { status: 'ready' as const, items: sortIncidents(records.stored.items) }
      : records.stored;
  return { ...records, stored };
}
