import { useTranslation } from 'react-i18next';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';

/** Always the first thing in the page, so it is also the first keyboard stop. */
export function QuickExitButton() {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="quick-exit" onClick={() => quickExit(exitUrl)}>
      <span className="quick-exit__label">{t('quickExit.label')}</span>
      <span className="quick-exit__hint">{t('quickExit.hint')}</span>
    </button>
  );
}
