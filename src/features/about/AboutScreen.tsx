import { useTranslation } from 'react-i18next';
import { sourceShares } from '../../content/sources/shares';
import { organisationCard, organisationName } from '../../lib/buildConfig';
import { BulletList, ScreenHeading, useScopedId } from '../../ui';
import { OrganisationCard } from '../home';

/** What Verder is and is not, who it is for, and full attribution of the source report. */
export function AboutScreen() {
  const sid = useScopedId();
  const { t, i18n } = useTranslation('about');
  // Counted from the content data, so the page says how much really rests on the report.
  const shares = sourceShares();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      {organisationName && <p>{t('shippedBy', { organisation: organisationName })}</p>}
      <OrganisationCard card={organisationCard} />
      <section>
        <h2 id={sid('about-is')}>{t('whatItIs.heading')}</h2>
        <BulletList items={[t('whatItIs.information'), t('whatItIs.yourOrder'), t('whatItIs.contacts')]} />
      </section>
      <section>
        <h2 id={sid('about-is-not')}>{t('whatItIsNot.heading')}</h2>
        <BulletList
          items={[t('whatItIsNot.notAPerson'), t('whatItIsNot.notAnOrganisation'), t('whatItIsNot.noPressure')]}
        />
      </section>
      <section>
        <h2 id={sid('about-who')}>{t('whoFor.heading')}</h2>
        <BulletList
          items={[
            t('whoFor.phases'),
            t('whoFor.everyone'),
            t('whoFor.allWork'),
            t('whoFor.notCalledIt'),
            t('whoFor.outreach'),
          ]}
        />
      </section>
      <section>
        <h2 id={sid('about-privacy')}>{t('privacy.heading')}</h2>
        <BulletList items={[t('privacy.nothingLeaves'), t('privacy.noAccount')]} />
      </section>
      <section>
        <h2 id={sid('about-source')}>{t('source.heading')}</h2>
        <p>{t('source.basedOn')}</p>
        <blockquote className="citation">
          <p>{t('source.citation')}</p>
        </blockquote>
        <p>{t('source.contributors')}</p>
        <p>{t('source.commissionedBy')}</p>
        <p>{t('source.method')}</p>
        <BulletList
          items={[
            t('source.ownWords'),
            t('source.sections'),
            t('source.otherFacts', {
              total: shares.total,
              reportShare: percent.format(shares.reportOnly / shares.total),
              publicShare: percent.format(shares.withPublicPage / shares.total),
            }),
            t('source.contactData'),
          ]}
        />
      </section>
    </>
  );
}
