import { useTranslation } from 'react-i18next';
import { ContactName } from './ContactName';
import type { ReachableNow } from '../../domain/contactSelection';
import { formatDutch, toTelHref } from '../../domain/phoneNumber';
import { ExternalLink } from '../outside';

/**
 * A short list for a bad night: each line that answers now, with one tap to call (or to the chat),
 * before the full cards. Only hours a source gives count; unknown hours are never shown as open.
 */
export function ReachableNowList({ entries }: { entries: readonly ReachableNow[] }) {
  const { t } = useTranslation('contacts');
  return (
    <ul className="reachable-list">
      {entries.map(({ contact, phones, isChatOpen }) => (
        <li key={contact.id} className="reachable-item" data-contact-id={contact.id}>
          <ContactName contact={contact} className="reachable-item__name" />
          <span className="channel__actions">
            {phones.map((phone) => (
              <a key={phone.number} className="button button--primary" href={toTelHref(phone.number)}>
                {t('channels.call')}{' '}
                <span className="phone-number" dir="ltr">
                  {formatDutch(phone.number)}
                </span>
              </a>
            ))}
            {isChatOpen && contact.channels.chatUrl && (
              <ExternalLink className="button" href={contact.channels.chatUrl}>
                {t('channels.chat')}
              </ExternalLink>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
