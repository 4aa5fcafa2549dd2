import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteLink, useNavigation } from '../../routing';
import { useShowingMode } from '../showing';
import { destinations, sectionOf } from './destinations';
import './navigation.css';

/**
 * The page keeps room for the bar (scroll-padding), so a control that gets focus is never hidden
 * behind it, also when large text makes the bar taller.
 */
function useBarHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--app-nav-height', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--app-nav-height');
    };
  }, []);
  return ref;
}

/** Start · Find help · My plan · Guides · More, always at hand at the bottom of the screen. */
export function BottomBar() {
  const { t } = useTranslation('common');
  const { route } = useNavigation();
  const isShowing = useShowingMode();
  const ref = useBarHeight();
  const section = sectionOf(route);
  return (
    <nav ref={ref} className="app-nav" aria-label={t('nav.label')}>
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
