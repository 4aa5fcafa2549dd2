import { useTranslation } from 'react-i18next';
import type { CheckInItem } from '../../domain/checkIn';
import { Button } from '../../ui';
import { ExternalLink } from '../outside';
import { DueReminder } from './DueReminder';
import { useDue } from './useDue';
import { useMessages } from './useMessages';

/** A running check-in: what was noted, the message ready to send, and the way to end or extend it. */
export function ActiveCheckIn({
  item,
  onEnd,
  onExtend,
}: {
  item: CheckInItem;
  onEnd: () => void;
  onExtend: () => void;
}) {
  const { t } = useTranslation('checkIn');
  const isDue = useDue(item);
  const { checkIn, links } = useMessages(item);
  // The number isolated left to right, so its + stays in front in Arabic too.
  const number = `\u2066+${item.buddyDigits}\u2069`;
  const buddy = item.buddyName ? `${item.buddyName}, ${number}` : number;
  return (
    <section className="check-in-active" aria-labelledby="check-in-active-heading">
      <h2 id="check-in-active-heading" tabIndex={-1}>
        {t('active.heading')}
      </h2>
      {isDue ? <DueReminder item={item} onEnd={onEnd} onExtend={onExtend} /> : null}
      <p>{t('active.buddy', { buddy })}</p>
      <h3>{t('active.sendHeading')}</h3>
      <p>{t('active.sendHint')}</p>
      <figure className="check-in-message">
        <figcaption>{t('active.preview')}</figcaption>
        <p className="check-in-message__text">{checkIn}</p>
      </figure>
      <div className="button-row">
        <a className="button button--primary" href={links.sms}>
          {t('active.sms')}
        </a>
        <ExternalLink className="button" href={links.whatsApp}>
          {t('active.whatsApp')}
        </ExternalLink>
      </div>
      <p className="quiet">{t('history')}</p>
      {isDue ? null : (
        <div className="button-row">
          <Button variant="primary" onClick={onEnd}>
            {t('active.end')}
          </Button>
          <Button onClick={onExtend}>{t('active.extend')}</Button>
        </div>
      )}
    </section>
  );
}
