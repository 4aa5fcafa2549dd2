import { useTranslation } from 'react-i18next';
import type { CheckInItem } from '../../domain/checkIn';
import { Button, Notice } from '../../ui';
import { ExternalLink } from '../outside';
import { useFormatUntil, useMessages } from './useMessages';

/**
 * The reminder when the check-in time has passed: on screen only, announced politely (role=status),
 * never a notification that could show on a lock screen.
 */
export function DueReminder({
  item,
  onEnd,
  onExtend,
  children,
}: {
  item: CheckInItem;
  onEnd: () => void;
  onExtend: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('checkIn');
  const formatUntil = useFormatUntil();
  const { okLinks } = useMessages(item);
  return (
    <section className="check-in-due" aria-labelledby="check-in-due-title">
      <Notice tone="polite">
        <p id="check-in-due-title">
          <strong>{t('due.title', { until: formatUntil(item.untilAt) })}</strong>
        </p>
        <p>{t('due.body')}</p>
      </Notice>
      <div className="button-row">
        <Button variant="primary" onClick={onEnd}>
          {t('active.end')}
        </Button>
        <a className="button" href={okLinks.sms}>
          {t('due.okSms')}
        </a>
        <ExternalLink className="button" href={okLinks.whatsApp}>
          {t('due.okWhatsApp')}
        </ExternalLink>
        <Button onClick={onExtend}>{t('active.extend')}</Button>
        {children}
      </div>
    </section>
  );
}
