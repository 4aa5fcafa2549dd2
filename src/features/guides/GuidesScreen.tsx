import { useTranslation } from 'react-i18next';
import { guides } from '../../content/guides/guides';
import { ScreenHeading } from '../../ui';
import { GuideCards } from './GuideCards';

export function GuidesScreen() {
  const { t } = useTranslation('guides');
  return (
    <>
      <ScreenHeading>{t('labels.practicalGuides')}</ScreenHeading>
      <p className="lead">{t('labels.intro')}</p>
      <GuideCards guides={guides} />
    </>
  );
}
