import { useTranslation } from 'react-i18next';
import { phaseIds } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';

export function HomeScreen() {
  const { t } = useTranslation(['home', 'phases']);
  return (
    <>
      <ScreenHeading>{t('home:title')}</ScreenHeading>
      <p className="lead">{t('home:intro')}</p>
      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading">{t('home:phasesHeading')}</h2>
        <ul className="card-list">
          {phaseIds.map((phase) => (
            <li key={phase}>
              <RouteLink to={{ name: 'phase', phase }} className="card-link">
                <span className="card-link__title">{t(`phases:${phase}.title`)}</span>
                <span className="card-link__text">{t(`phases:${phase}.short`)}</span>
              </RouteLink>
            </li>
          ))}
        </ul>
        <p>{t('home:notALadder')}</p>
      </section>
      <p className="quiet">{t('home:privacy')}</p>
    </>
  );
}
