import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui';
import { KeepingStatus } from './KeepingStatus';
import { OfflineLanguages } from './OfflineLanguages';

export function SettingsScreen() {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeading>{t('nav.settings')}</ScreenHeading>
      <OfflineLanguages />
      <KeepingStatus />
    </>
  );
}
