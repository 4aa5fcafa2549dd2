import { useEffect, useState } from 'react';
import { watchDue, type CheckInItem } from '../../domain/checkIn';

/** True once the check-in's time has passed; only timers, while this page runs. */
export function useDue(item: Pick<CheckInItem, 'untilAt' | 'endedAt'> | undefined): boolean {
  const untilAt = item?.endedAt === undefined ? item?.untilAt : undefined;
  const [dueFor, setDueFor] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (untilAt === undefined) return;
    return watchDue(untilAt, () => setDueFor(untilAt));
  }, [untilAt]);
  return untilAt !== undefined && dueFor === untilAt;
}
