import { useScopedId } from '../../ui';
import { languageNamer } from '../../lib/languageName';
import { ContactName } from './ContactName';
import { useTranslation } from 'react-i18next';
import { contacts as allContacts } from '../../content/contacts/contacts';
import { hasWayToReach, isPossiblyOutdated, type Contact, type SourceRef } from '../../domain/contact';
import {
  formatDutch,
  isServiceNumber,
  isShortNumber,
  toSmsHref,
  toTelHref,
  toWhatsAppUrl,
} from '../../domain/phoneNumber';
import { useContentText } from '../../i18n';
import { buildCorrections } from './corrections';
import { organisationName } from '../../lib/buildConfig';
import { ExternalLink } from '../outside';
import { CopyNumberButton } from './CopyNumberButton';
import { formatCheckedDate, formatSourceDate } from '../../lib/calendarDate';
import { OpenStatus } from './OpenStatus';
import { ShareNumberButton } from './ShareNumberButton';
import { useNow } from './useNow';

/**
 * One organisation: first what they do and how to reach them with one tap (with "open now" worked
 * out from the phone's clock in Dutch time), what is known about anonymity, cost and who is welcome,
 * and whether it may be out of date. Where each detail comes from, how old the source is and when a
 * person last compared it sit behind "About this entry".
 */
export function ContactCard({ contact, headingLevel = 3 }: { contact: Contact; headingLevel?: 2 | 3 | 4 }) {
  const sid = useScopedId();
  const { t, i18n } = useTranslation('contacts');
  const text = useContentText();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  const { channels } = contact;
  const now = useNow();
  const isOutdated = isPossiblyOutdated(contact, now);
  // 112 needs no passing on; every other number can be shared.
  const shareNumber =
    contact.purposes[0] === 'emergency' ? undefined : channels.phones.find((phone) => phone.kind === 'voice')?.number;
  const partner = contact.pairedWithId ? allContacts.find((other) => other.id === contact.pairedWithId) : undefined;
  const hasServiceNumber = channels.phones.some((phone) => isServiceNumber(phone.number));
  const links: { href: string; label: string; isExternal: boolean }[] = [];
  if (channels.chatUrl) links.push({ href: channels.chatUrl, label: t('channels.chat'), isExternal: true });
  if (channels.email) links.push({ href: `mailto:${channels.email}`, label: t('channels.mail'), isExternal: false });
  if (channels.website) links.push({ href: channels.website, label: t('channels.website'), isExternal: true });
  const hasAnyChannel = channels.phones.length > 0 || links.length > 0 || channels.address !== null;
  return (
    <article className="contact-card" aria-labelledby={sid(`contact-${contact.id}`)}>
      <Heading id={sid(`contact-${contact.id}`)} className="contact-card__name">
        <ContactName contact={contact} />
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
            const label = (
              <>
                {action}{' '}
                <span className="phone-number" dir="ltr">
                  {formatDutch(phone.number)}
                </span>
              </>
            );
            return (
              <li key={`${phone.kind}-${phone.number}`} className="channel">
                {phone.labelKey && <span className="channel__label">{text(phone.labelKey)}</span>}
                <OpenStatus hours={phone.hours} now={now} />
                <span className="channel__actions">
                  {whatsApp ? (
                    // WhatsApp is a page outside Verder: a new tab, never this tab's history.
                    <ExternalLink className="button button--primary channel__action" href={whatsApp}>
                      {label}
                    </ExternalLink>
                  ) : (
                    <a className="button button--primary channel__action" href={href}>
                      {label}
                    </a>
                  )}
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
              {link.isExternal ? (
                <ExternalLink className="button" href={link.href} aria-describedby={sid(`contact-${contact.id}`)}>
                  {link.label}
                </ExternalLink>
              ) : (
                // "Website, Website, Website" in a links list: the card's heading tells them apart.
                <a className="button" href={link.href} aria-describedby={sid(`contact-${contact.id}`)}>
                  {link.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {channels.chatUrl && channels.chatHours && (
        <p className="small">
          <OpenStatus hours={channels.chatHours} now={now} prefix={t('channels.chat')} />
        </p>
      )}
      {!hasAnyChannel && contact.verified && <p className="quiet">{t('channels.noneKnown')}</p>}
      {channels.address && (
        <p>
          <strong>{t('channels.address')}:</strong> {channels.address}
        </p>
      )}
      {channels.walkInKey && (
        <>
          <p>
            <strong>{t('channels.walkIn')}:</strong> {text(channels.walkInKey)}
          </p>
          {channels.walkInHours && channels.walkInHours.kind !== 'unknown' && (
            <p className="small">
              <OpenStatus hours={channels.walkInHours} now={now} prefix={t('channels.walkIn')} />
            </p>
          )}
        </>
      )}
      {!contact.verified && <p className="quiet">{t('trust.notVerified')}</p>}
      {partner && !hasWayToReach(contact) && <PairedContact partner={partner} />}
      <ContactFacts contact={contact} />
      {contact.isAnonymous === false && <p className="small">{t('facts.notAnonymous')}</p>}
      {/* Nothing to go out of date when there is no way to reach them. */}
      {isOutdated && hasAnyChannel && (
        <p className="warning">{channels.website ? t('trust.mayBeOutdated') : t('trust.mayBeOutdatedNoWebsite')}</p>
      )}
      {contact.conflictKey && <p className="quiet">{text(contact.conflictKey)}</p>}
      {shareNumber && (
        <p className="contact-card__share">
          <ShareNumberButton name={contact.name} number={shareNumber} />
        </p>
      )}
      <details className="contact-card__about">
        <summary>{t('trust.about')}</summary>
        <div className="contact-card__trust">
          <SourceLine label={t('trust.source')} source={contact.source} language={i18n.language} />
          {contact.otherSources.length > 0 && (
            <>
              <p className="quiet small trust-line">{t('trust.moreSources')}:</p>
              <ul className="source-list small">
                {contact.otherSources.map((source) => (
                  <li key={source.url}>
                    <SourceLine source={source} language={i18n.language} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {channels.walkInSource && (
            <SourceLine label={t('trust.walkInSource')} source={channels.walkInSource} language={i18n.language} />
          )}
          <p className="quiet small trust-line">
            {t(contact.checkKind === 'comparedWithSource' ? 'trust.checkedCompared' : 'trust.checkedResearch', {
              date: formatCheckedDate(contact.checkedOn, i18n.language),
            })}
          </p>
          <p className="quiet small trust-line">{t(`trust.confidence.${contact.confidence}`)}</p>
          {contact.isFromCoordinatorDirectory && <p className="quiet small">{t('trust.coordinatorDirectory')}</p>}
        </div>
      </details>
      <details className="contact-card__correct">
        <summary>{t('correct.summary')}</summary>
        {buildCorrections ? (
          <p className="small">
            {organisationName ? t('correct.configuredBy', { organisation: organisationName }) : t('correct.configured')}{' '}
            {buildCorrections.href.startsWith('https:') ? (
              <ExternalLink href={buildCorrections.href}>{buildCorrections.label}</ExternalLink>
            ) : (
              <a href={buildCorrections.href}>{buildCorrections.label}</a>
            )}
          </p>
        ) : (
          <p className="small">{t('correct.none')}</p>
        )}
      </details>
    </article>
  );
}

/** "Source: hostname · Date of the source: July 2020" (or "about 2018", or "shows no date"). */
function SourceLine({ label, source, language }: { label?: string; source: SourceRef; language: string }) {
  const { t } = useTranslation('contacts');
  const date = source.date ? formatSourceDate(source.date, language) : null;
  return (
    <p className="quiet small trust-line">
      {label && `${label}: `}
      <ExternalLink href={source.url} className="source-link">
        {new URL(source.url).hostname}
      </ExternalLink>
      {' · '}
      {date === null
        ? t('trust.sourceDateUnknown')
        : source.isDateApproximate
          ? t('trust.sourceDateApproximate', { date })
          : t('trust.sourceDate', { date })}
    </p>
  );
}

/** For an entry nobody can be reached through: another entry with the same help, and its links. */
function PairedContact({ partner }: { partner: Contact }) {
  const { t } = useTranslation('contacts');
  const href = partner.channels.website ?? partner.channels.chatUrl;
  return (
    <p className="paired">
      {t('trust.pairedWith', { name: partner.name })}{' '}
      {href && <ExternalLink href={href}>{new URL(href).hostname}</ExternalLink>}
    </p>
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
    const nameOf = languageNamer(i18n.language);
    facts.push(t('facts.languages', { languages: contact.languages.map(nameOf).join(', ') }));
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
