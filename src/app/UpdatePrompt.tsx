import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissUpdate, onUpdateReady } from '../pwa';
import { Button, Notice } from '../ui';

/** A polite offer to update; it never takes focus and never reloads by itself. */
export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const [isReady, setIsReady] = useState(false);
  useEffect(() => onUpdateReady(setIsReady), []);
  if (!isReady) return null;
  return (
    <div className="update-prompt">
      <Notice tone="polite">
        <p>{t('update.ready')}</p>
        <div className="button-row">
          <Button variant="primary" onClick={applyUpdate}>
            {t('update.updateNow')}
          </Button>
          <Button onClick={dismissUpdate}>{t('update.later')}</Button>
        </div>
      </Notice>
    </div>
  );
}
