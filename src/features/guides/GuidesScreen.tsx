import { useTranslation } from 'react-i18next';
import { guides } from '../../content/guides/guides';
import { useContentText } from '../../i18n';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';

export function GuidesScreen() {
  const { t } = useTranslation('guides');
  const text = useContentText();
  return (
    <>
      <ScreenHeading>{t('labels.practicalGuides')}</ScreenHeading>
      <p className="lead">{t('labels.intro')}</p>
      <ul className="card-list">
        {guides.map((guide) => (
          <li key={guide.id}>
            <RouteLink to={{ name: 'guide', guideId: guide.id }} className="card-link">
              <span className="card-link__title">{text(guide.titleKey)}</span>
              <span className="card-link__text">{text(guide.summaryKey)}</span>
            </RouteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
