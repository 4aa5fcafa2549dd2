import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';
import { moreRoutes } from './destinations';

/** The screens that do not fit in the bottom bar. */
export function MoreScreen() {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeading>{t('nav.more')}</ScreenHeading>
      <ul className="card-list">
        {moreRoutes.map((item) => (
          <li key={item.route.name}>
            <RouteLink to={item.route} className="card-link">
              <span className="card-link__title">{t(item.labelKey)}</span>
            </RouteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
