import { useTranslation } from 'react-i18next';
import { phaseIds } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { ScreenHeading, useScopedId } from '../../ui';
import { useShowingMode } from '../showing';
import { HelpNow } from './HelpNow';
import { OrganisationCard } from './OrganisationCard';
import { StartScreenAppointment } from './StartScreenAppointment';
import './home.css';

export function HomeScreen() {
  const sid = useScopedId();
  const isShowing = useShowingMode();
  const { t } = useTranslation(['home', 'phases', 'common']);
  return (
    <>
      <ScreenHeading>{t('home:title')}</ScreenHeading>
      <p className="promise">{t('home:promise', { exit: t('common:quickExit.label') })}</p>
      <HelpNow />
      <StartScreenAppointment />
      <p className="lead">{t('home:intro')}</p>
      <section>
        <h2 id={sid('phases-heading')}>{t('home:phasesHeading')}</h2>
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
      <section>
        <h2 id={sid('check-heading')}>{t('home:checkHeading')}</h2>
        <RouteLink to={{ name: 'check' }} className="card-link">
          <span className="card-link__title">{t('common:nav.check')}</span>
          <span className="card-link__text">{t('home:checkText')}</span>
        </RouteLink>
      </section>
      <section>
        <h2 id={sid('guides-heading')}>{t('home:guidesHeading')}</h2>
        <RouteLink to={{ name: 'guides' }} className="card-link">
          <span className="card-link__title">{t('common:nav.guides')}</span>
          <span className="card-link__text">{t('home:guidesText')}</span>
        </RouteLink>
      </section>
      {isShowing ? null : (
        <section>
          <h2 id={sid('plan-heading')}>{t('home:planHeading')}</h2>
          <RouteLink to={{ name: 'plan' }} className="card-link">
            <span className="card-link__title">{t('common:nav.plan')}</span>
            <span className="card-link__text">{t('home:planText')}</span>
          </RouteLink>
        </section>
      )}
      <OrganisationCard />
      <p className="quiet">{t('home:privacy')}</p>
    </>
  );
}
