import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../routing';
import { BackIcon } from './icons';

/**
 * "‹ Back" at the top of every screen deeper than the start screen: the same step as the phone's
 * Back button, to the screen (or the check's question) the person came from.
 */
export function BackButton() {
  const { t } = useTranslation('common');
  const { canGoBack, back } = useNavigation();
  if (!canGoBack) return null;
  return (
    <button type="button" className="back-button" onClick={back}>
      <BackIcon />
      <span>{t('nav.back')}</span>
    </button>
  );
}
