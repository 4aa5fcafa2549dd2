import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../routing';
import { DueReminder } from './DueReminder';
import { useCheckInActions } from './useCheckInActions';
import { useDue } from './useDue';
import './checkIn.css';

/**
 * The reminder on every other screen while Verder is open: only with the vault open and nobody
 * being shown Verder (the record is not read otherwise), so a locked phone shows nothing.
 */
export function CheckInReminder() {
  const { t } = useTranslation('checkIn');
  const { item, message, extend, end } = useCheckInActions();
  const active = item && item.endedAt === undefined ? item : undefined;
  const isDue = useDue(active);
  if (message && !active) return null;
  if (!active || !isDue) return null;
  return (
    <div className="check-in-reminder no-print">
      <DueReminder item={active} onEnd={() => void end(active)} onExtend={() => void extend(active)}>
        <RouteLink to={{ name: 'checkIn' }} className="button">
          {t('due.open')}
        </RouteLink>
      </DueReminder>
    </div>
  );
}
