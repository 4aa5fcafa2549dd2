import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePendingEdits } from '../features/plan/shell';
import { applyUpdate, dismissUpdate, onUpdateReady } from '../pwa';
import { Button, Notice } from '../ui';

/**
 * A polite offer to update; it never takes focus and never reloads by itself. Before the reload,
 * open plan forms save what they hold, so an update never loses what someone was typing.
 */
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
          <Button
            variant="primary"
            onClick={async () => {
              await savePendingEdits();
              applyUpdate();
            }}
          >
            {t('update.updateNow')}
          </Button>
          <Button onClick={dismissUpdate}>{t('update.later')}</Button>
        </div>
      </Notice>
    </div>
  );
}
