import { useScopedId } from '../../ui';
import { useTranslation } from 'react-i18next';
import { isPossiblyOutdated, type Contact } from '../../domain/contact';
import {
  formatDutch,
  isServiceNumber,
  isShortNumber,
  toSmsHref,
  toTelHref,
  toWhatsAppUrl,
} from '../../domain/phoneNumber';
import { useContentText } from '../../i18n';
import { CopyNumberButton } from './CopyNumberButton';
import { formatCheckedDate, formatSourceDate } from './formatCheckedDate';

/**
 * One organisation: what they do, how to reach them with one tap, what is known about anonymity,
 * cost and who is welcome — and always where that comes from and when it was last checked.
 */
export function ContactCard({ contact, headingLevel = 3 }: { contact: Contact; headingLevel?: 2 | 3 }) {
  const sid = useScopedId();
  const { t, i18n } = useTranslation('contacts');
  const text = useContentText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { channels } = contact;
  const isOutdated = isPossiblyOutdated(contact, new Date());
  const hasServiceNumber = channels.phones.some((phone) => isServiceNumber(phone.number));
  const links: { href: string; label: string; isExternal: boolean }[] = [];
  if (channels.chatUrl) links.push({ href: channels.chatUrl, label: t('channels.chat'), isExternal: true });
  if (channels.email) links.push({ href: `mailto:${channels.email}`, label: t('channels.mail'), isExternal: false });
  if (channels.website) links.push({ href: channels.website, label: t('channels.website'), isExternal: true });
  const hasAnyChannel = channels.phones.length > 0 || links.length > 0 || channels.address !== null;
  return (
    <article className="contact-card" aria-labelledby={sid(`contact-${contact.id}`)}>
      <Heading id={sid(`contact-${contact.id}`)} className="contact-card__name">
        {contact.name}
      </Heading>
      <p>{text(contact.offerKey)}</p>
      {contact.isFaithBased && <p className="quiet">{t('trust.faithBased')}</p>}

      {channels.phones.length > 0 && (
        <ul className="channel-list">
          {channels.phones.map((phone) => {
            const whatsApp = phone.kind === 'whatsapp' ? toWhatsAppUrl(phone.number) : null;
            const href = whatsApp ?? (phone.kind === 'sms' ? toSmsHref(phone.number) : toTelHref(phone.number));
            const action =
              phone.kind === 'whatsapp'
                ? t('channels.whatsapp')
                : phone.kind === 'sms'
                  ? t('channels.sendMessage')
                  : t('channels.call');
            return (
              <li key={`${phone.kind}-${phone.number}`} className="channel">
                {phone.labelKey && <span className="channel__label">{text(phone.labelKey)}</span>}
                <span className="channel__actions">
                  <a className="button button--primary channel__action" href={href}>
                    {action}{' '}
                    <span className="phone-number" dir="ltr">
                      {formatDutch(phone.number)}
                    </span>
                  </a>
                  {!isShortNumber(phone.number) && <CopyNumberButton number={phone.number} />}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {hasServiceNumber && <p className="quiet small">{t('channels.serviceNumberForeignSim')}</p>}
      {links.length > 0 && (
        <ul className="link-row">
          {links.map((link) => (
            <li key={link.label}>
              <a
                className="button"
                href={link.href}
                {...(link.isExternal ? { rel: 'noreferrer', target: '_blank' } : {})}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {!hasAnyChannel && contact.verified && <p className="quiet">{t('channels.noneKnown')}</p>}
      {channels.address && (
        <p>
          <strong>{t('channels.address')}:</strong> {channels.address}
        </p>
      )}
      {channels.walkInKey && (
        <p>
          <strong>{t('channels.walkIn')}:</strong> {text(channels.walkInKey)}
        </p>
      )}
      {!contact.verified && <p className="quiet">{t('trust.notVerified')}</p>}
      <ContactFacts contact={contact} />
      <div className="contact-card__trust">
        {/* Nothing to go out of date when there is no way to reach them. */}
        {isOutdated && hasAnyChannel && (
          <p className="warning">{channels.website ? t('trust.mayBeOutdated') : t('trust.mayBeOutdatedNoWebsite')}</p>
        )}
        {contact.isFromCoordinatorDirectory && <p className="quiet">{t('trust.coordinatorDirectory')}</p>}
        {contact.confidence === 'low' && <p className="quiet">{t('trust.lowConfidence')}</p>}
        <p className="quiet small trust-line">
          {t('trust.source')}:{' '}
          <a href={contact.source.url} rel="noreferrer" target="_blank" className="source-link">
            {new URL(contact.source.url).hostname}
          </a>
          {' · '}
          {contact.source.date
            ? t('trust.sourceDate', { date: formatSourceDate(contact.source.date, i18n.language) })
            : t('trust.sourceDateUnknown')}
        </p>
        <p className="quiet small trust-line">
          {t('trust.lastChecked', { date: formatCheckedDate(contact.checkedOn, i18n.language) })}
        </p>
      </div>
    </article>
  );
}

function ContactFacts({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation('contacts');
  const facts: string[] = [];
  if (contact.isAnonymous === true) facts.push(t('facts.anonymous'));
  if (contact.isFree === true) facts.push(t('facts.free'));
  if (contact.isFree === false) facts.push(t('facts.notFree'));
  if (contact.welcomes.men === true) facts.push(t('facts.welcomesMen'));
  if (contact.welcomes.trans === true) facts.push(t('facts.welcomesTrans'));
  if (contact.welcomes.migrants === true) facts.push(t('facts.welcomesMigrants'));
  if (contact.welcomes.undocumented === true) facts.push(t('facts.welcomesUndocumented'));
  if (contact.languages) {
    // Language names in the reader's own language, from the browser: no list to translate.
    const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
    facts.push(t('facts.languages', { languages: contact.languages.map((code) => names.of(code) ?? code).join(', ') }));
  }
  if (facts.length === 0) return null;
  return (
    <ul className="fact-list">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
