import { useTranslation } from 'react-i18next';
import { helpNowContacts } from '../../content/contacts/alwaysOpenLines';
import { formatDutch, toTelHref } from '../../domain/phoneNumber';
import { useContentText } from '../../i18n';
import { RouteLink } from '../../routing';
import { useScopedId } from '../../ui';

/** Emergency, the suicide-prevention line and a line to talk, day and night: from the contacts data only. */
const helpNowLines = helpNowContacts.flatMap((contact) => {
  const phone = contact.channels.phones.find((entry) => entry.kind === 'voice');
  return phone ? [{ id: contact.id, name: contact.name, phone }] : [];
});

/** "Need help now?" on the start screen, before anything else asks a question. */
export function HelpNow() {
  const sid = useScopedId();
  const { t } = useTranslation(['home', 'contacts']);
  const text = useContentText();
  return (
    <section className="help-now" aria-labelledby={sid('help-now-heading')}>
      <h2 id={sid('help-now-heading')}>{t('home:helpNow.heading')}</h2>
      {/* An organisation's own contacts may have none of these lines; then only Find help is offered. */}
      {helpNowLines.length > 0 ? (
        <ul className="help-now__list">
          {helpNowLines.map(({ id, name, phone }) => (
            <li key={id} className="help-now__line">
              {/* Dutch names, read with a Dutch voice and kept left to right inside Arabic. */}
              <span className="help-now__name" lang="nl" dir="ltr">
                {name}
              </span>
              {phone.labelKey ? <span className="help-now__when quiet">{text(phone.labelKey)}</span> : null}
              <a className="button button--primary help-now__call" href={toTelHref(phone.number)}>
                {t('contacts:channels.call')}{' '}
                <span className="phone-number" dir="ltr">
                  {formatDutch(phone.number)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <RouteLink to={{ name: 'contacts' }} className="card-link">
        <span className="card-link__title">{t('home:helpNow.findHelp')}</span>
      </RouteLink>
    </section>
  );
}
