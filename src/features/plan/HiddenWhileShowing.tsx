import { useTranslation } from 'react-i18next';
import { Notice, ScreenHeading } from '../../ui';

export function HiddenWhileShowing() {
  const { t } = useTranslation(['plan', 'showing']);
  return (
    <>
      <ScreenHeading>{t('plan:title')}</ScreenHeading>
      <Notice tone="polite">{t('showing:planHidden')}</Notice>
    </>
  );
}
