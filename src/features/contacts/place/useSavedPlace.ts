/**
 * The place kept from Find help: a vault record holding only a municipality id, written only when
 * the person asks for it. Reading goes through the vault, so a closed lock or showing someone
 * reveals nothing — not even that a place is kept.
 */
import { useCallback, useMemo } from 'react';
import { municipalities } from '../../../content/places/municipalities';
import { savedPlaceRecordId, type SavedPlaceItem, type VaultItem } from '../../../domain/plan';
import type { Municipality } from '../../../domain/placeSearch';
import { useVaultRecord } from '../../vault';

const isSavedPlace = (item: VaultItem): item is SavedPlaceItem => item.kind === 'savedPlace';

export function useSavedPlace() {
  const record = useVaultRecord(savedPlaceRecordId, isSavedPlace);
  const { stored, write, remove } = record;
  const keptId = stored.status === 'kept' ? stored.item.municipalityId : undefined;
  // A place that is no longer in the shipped list (a merged municipality) counts as nothing kept.
  const kept = useMemo(() => municipalities.find((place) => place.id === keptId), [keptId]);

  const keep = useCallback(
    (place: Municipality) =>
      write({ kind: 'savedPlace', id: savedPlaceRecordId, order: 0, updatedAt: Date.now(), municipalityId: place.id }),
    [write],
  );

  return {
    state: record.state,
    /** May a place be kept now? Never while showing someone or while the lock is closed. */
    canKeep: record.writeMode === 'sealed' || record.writeMode === 'plain',
    isSealed: record.writeMode === 'sealed',
    kept,
    keep,
    remove,
  };
}
