import { useTranslation } from 'react-i18next';
import { formatDutch, toTelHref } from '../../domain/phoneNumber';
import { organisationCard, type OrganisationCardData, type OrganisationCardWay } from '../../lib/buildConfig';
import { useScopedId } from '../../ui';
import { ExternalLink } from '../outside';
import './organisationCard.css';

function WayToReach({ way }: { way: OrganisationCardWay }) {
  const { t } = useTranslation('contacts');
  switch (way.kind) {
    case 'phone':
      return (
        <a className="button button--primary" href={toTelHref(way.number)}>
          {t('channels.call')}{' '}
          <span className="phone-number" dir="ltr">
            {formatDutch(way.number)}
          </span>
        </a>
      );
    case 'email':
      return (
        <a className="button organisation-card__mail" href={`mailto:${way.address}`}>
          {t('channels.mail')}{' '}
          <span dir="ltr" className="organisation-card__address">
            {way.address}
          </span>
        </a>
      );
    case 'website':
      return (
        <ExternalLink href={way.url} className="button">
          {t('channels.website')}
        </ExternalLink>
      );
  }
}

/**
 * "Our organisation", in a build an organisation made with a homeCard in its config: its name, one
 * line about it and one way to reach it, all from the config and its own contacts file. Verder's own
 * build has none, and then nothing is shown.
 */
export function OrganisationCard({ card = organisationCard }: { card?: OrganisationCardData }) {
  const sid = useScopedId();
  const { i18n } = useTranslation();
  if (!card) return null;
  const own = card.description[i18n.language];
  return (
    <section className="organisation-card" aria-labelledby={sid('organisation-card-heading')}>
      {/* The organisation's own name, as it wrote it: a proper name, the same in every language. */}
      <h2 id={sid('organisation-card-heading')}>{card.name}</h2>
      {/* Dutch, marked as such, when the organisation wrote no line in this language. */}
      {own ? (
        <p>{own}</p>
      ) : (
        <p lang="nl" dir="ltr">
          {card.description.nl}
        </p>
      )}
      <p className="organisation-card__line">
        <span className="organisation-card__contact" lang="nl" dir="ltr">
          {card.contactName}
        </span>
        <WayToReach way={card.way} />
      </p>
    </section>
  );
}
