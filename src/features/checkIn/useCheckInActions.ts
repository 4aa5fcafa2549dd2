import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endCheckIn, extendCheckIn, startCheckIn, type CheckInFields, type CheckInItem } from '../../domain/checkIn';
import { useCheckIn } from './useCheckIn';
import { useFormatUntil } from './useMessages';

/** Moves focus to a heading once it is on screen, so a screen reader user hears where they are. */
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Start, extend and end, with a line that says what happened. Ending deletes the record unless the
 * person chose to keep it: nothing about a booking stays on the phone by default.
 */
export function useCheckInActions() {
  const { t } = useTranslation(['checkIn', 'incidents']);
  const record = useCheckIn();
  const formatUntil = useFormatUntil();
  const [message, setMessage] = useState<string | null>(null);
  const item = record.stored.status === 'kept' ? record.stored.item : undefined;

  const start = async (fields: CheckInFields) => {
    const isStored = await record.write(startCheckIn(fields, Date.now()));
    setMessage(isStored ? null : t('incidents:notSaved'));
    if (isStored) focusLater('check-in-active-heading');
    return isStored;
  };
  const extend = async (current: CheckInItem) => {
    const next = extendCheckIn(current, Date.now());
    const isStored = await record.write(next);
    setMessage(isStored ? t('active.extended', { until: formatUntil(next.untilAt) }) : t('incidents:notSaved'));
  };
  const end = async (current: CheckInItem) => {
    if (current.keepAfterEnd) {
      const isStored = await record.write(endCheckIn(current, Date.now()));
      setMessage(t(isStored ? 'ended.kept' : 'incidents:notSaved'));
    } else {
      await record.remove();
      setMessage(t('ended.deleted'));
    }
    focusLater('check-in-status');
  };
  const erase = async () => {
    await record.remove();
    setMessage(t('ended.deleted'));
    focusLater('check-in-status');
  };
  return { record, item, message, start, extend, end, erase };
}
