import { useTranslation } from 'react-i18next';
import { RouteLink, useNavigation } from '../../routing';
import { useShowingMode } from '../showing';
import { destinations, sectionOf } from './destinations';
import './navigation.css';

/** Start · Find help · My plan · Guides · More, at the end of every screen. */
export function BottomBar() {
  const { t } = useTranslation('common');
  const { route } = useNavigation();
  const isShowing = useShowingMode();
  const section = sectionOf(route);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {destinations
          // While showing someone, the plan is not offered at all (as everywhere else).
          .filter((destination) => !(isShowing && destination.id === 'plan'))
          .map((destination) => (
            <li key={destination.id}>
              <RouteLink
                to={destination.route}
                className="app-nav__link"
                current={
                  route.name === destination.route.name ? 'page' : section === destination.id ? 'true' : undefined
                }
              >
                {destination.icon}
                <span className="app-nav__label">{t(destination.labelKey)}</span>
              </RouteLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
