import { lazy, Suspense } from 'react';
import { usePlanRowExists } from '../data';
import { checkInRecordId } from '../domain/vaultSettings';
import { useNavigation } from '../routing';

const CheckInReminder = lazy(() =>
  import('../features/checkIn').then((module) => ({ default: module.CheckInReminder })),
);

/**
 * The check-in reminder on every screen while Verder is open. Its code (and the crypto to open the
 * record) loads only when a check-in row exists, so the start screen stays as small as it was.
 * The check-in screen shows its own reminder.
 */
export function CheckInReminderSlot() {
  const { route } = useNavigation();
  const hasCheckIn = usePlanRowExists(checkInRecordId);
  if (!hasCheckIn || route.name === 'checkIn') return null;
  return (
    <Suspense fallback={null}>
      <CheckInReminder />
    </Suspense>
  );
}
