import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui';
import { KeepingStatus } from './KeepingStatus';
import { ShowingEntry } from '../showing';
import { OfflineLanguages } from './OfflineLanguages';
import { SentRequests } from './SentRequests';
import { ShiftExitSetting } from './ShiftExitSetting';

export function SettingsScreen() {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeading>{t('nav.settings')}</ScreenHeading>
      <ShowingEntry />
      <ShiftExitSetting />
      <OfflineLanguages />
      <KeepingStatus />
      <SentRequests />
    </>
  );
}
