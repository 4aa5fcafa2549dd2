import { lazy, Suspense } from 'react';
import { usePlanRowExists } from '../../data';
import { startScreenRecordId } from '../../domain/vaultSettings';
import { useShowingMode } from '../showing';

// The plan's code loads only for someone who chose to see their next appointment here.
const NextAppointmentCard = lazy(() => import('../plan').then((module) => ({ default: module.NextAppointmentCard })));

/**
 * The next appointment, if the person chose to see it on the start screen. The start screen checks
 * only whether that choice's row exists; whether it may be read (open plan, no one being shown) and
 * what it says are decided by the plan, which draws nothing otherwise.
 */
export function StartScreenAppointment() {
  const isShowing = useShowingMode();
  const isChosen = usePlanRowExists(startScreenRecordId);
  if (isShowing || !isChosen) return null;
  return (
    <Suspense fallback={null}>
      <NextAppointmentCard />
    </Suspense>
  );
}
