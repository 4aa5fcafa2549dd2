/**
 * "Show my next appointment on the start screen": one vault record whose presence means yes. Read and
 * written through the vault, so a closed lock or showing someone reveals nothing, not even the choice.
 */
import { useCallback } from 'react';
import { startScreenRecordId, type StartScreenItem, type VaultItem } from '../../../domain/plan';
import { useVaultRecord } from '../../vault';

const isStartScreen = (item: VaultItem): item is StartScreenItem => item.kind === 'startScreen';

export function useStartScreenChoice() {
  const record = useVaultRecord(startScreenRecordId, isStartScreen);
  const { write, remove } = record;
  const turnOn = useCallback(
    () =>
      write({
        kind: 'startScreen',
        id: startScreenRecordId,
        order: 0,
        updatedAt: Date.now(),
        showNextAppointment: true,
      }),
    [write],
  );
  return {
    state: record.state,
    /** The choice may be read and changed now: never while showing someone or while the lock is closed. */
    isOpen: record.writeMode === 'sealed' || record.writeMode === 'plain',
    hasLock: record.writeMode === 'sealed',
    isOn: record.stored.status === 'kept',
    turnOn,
    turnOff: remove,
  };
}
