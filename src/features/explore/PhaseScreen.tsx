import { useTranslation } from 'react-i18next';
import { domainsInPhaseOrder } from '../../content/explore/phaseOrder';
import type { PhaseId } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { ScreenHeading, useScopedId } from '../../ui';
import { OtherPhases } from './OtherPhases';

/**
 * A phase: its introduction, then every life domain as a way in, the ones the report names for this
 * phase first (src/content/explore/phaseOrder.ts); the person reads them in any order.
 */
export function PhaseScreen({ phase }: { phase: PhaseId }) {
  const sid = useScopedId();
  const { t } = useTranslation(['phases', 'explore', 'check']);
  return (
    <>
      <ScreenHeading>{t(`phases:${phase}.title`)}</ScreenHeading>
      <p className="lead">{t(`phases:${phase}.intro`)}</p>
      <p>{t(`phases:${phase}.more`)}</p>
      <section aria-labelledby={sid('domains-heading')}>
        <h2 id={sid('domains-heading')}>{t('explore:labels.chooseDomain')}</h2>
        <p className="quiet">{t('explore:labels.anyOrder')}</p>
        <ul className="card-list">
          {domainsInPhaseOrder(phase).map((domain) => (
            <li key={domain}>
              <RouteLink to={{ name: 'topic', phase, domain }} className="card-link">
                <span className="card-link__title">{t(`explore:domains.${domain}.title`)}</span>
                <span className="card-link__text">{t(`explore:domains.${domain}.summary`)}</span>
              </RouteLink>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <RouteLink to={{ name: 'check' }} className="text-link">
          {t('check:intro.title')}
        </RouteLink>
      </p>
      <OtherPhases current={phase} />
    </>
  );
}
