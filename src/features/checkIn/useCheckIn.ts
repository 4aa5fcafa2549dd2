/** The one check-in record, under the vault's rules: nothing while locked or while showing someone. */
import { checkInRecordId, type CheckInItem } from '../../domain/checkIn';
import type { VaultItem } from '../../domain/plan';
import { useVaultRecord } from '../vault';

const isCheckIn = (item: VaultItem): item is CheckInItem => item.kind === 'checkIn';

export function useCheckIn() {
  return useVaultRecord(checkInRecordId, isCheckIn);
}
