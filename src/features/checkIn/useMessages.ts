import { useTranslation } from 'react-i18next';
import { checkInMessage, messageHref, type CheckInItem, type Translate } from '../../domain/checkIn';

/** "21:30" today, or with the date when it is another day: as the reader's language writes them. */
export function useFormatUntil() {
  const { i18n } = useTranslation();
  return (at: number) => {
    const moment = new Date(at);
    const isToday = moment.toDateString() === new Date().toDateString();
    return new Intl.DateTimeFormat(
      i18n.language,
      isToday ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
    ).format(moment);
  };
}

/** The prepared messages in the reader's language, and the links that open them ready to send. */
export function useMessages(item: CheckInItem) {
  const { t } = useTranslation('checkIn');
  const formatUntil = useFormatUntil();
  const translate: Translate = (key, values) => t(`message.${key}`, values);
  const checkIn = checkInMessage(translate, item, formatUntil(item.untilAt));
  const ok = translate('ok');
  return {
    checkIn,
    links: {
      sms: messageHref('sms', item.buddyDigits, checkIn),
      whatsApp: messageHref('whatsApp', item.buddyDigits, checkIn),
    },
    okLinks: { sms: messageHref('sms', item.buddyDigits, ok), whatsApp: messageHref('whatsApp', item.buddyDigits, ok) },
  };
}
