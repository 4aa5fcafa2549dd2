/**
 * What was typed at the last lock could not all be kept (an unfinished form, or storage that did not
 * answer): the unlock says so through the announcer, and this notice shows it too, for people who do
 * not hear announcements. It holds no words of the draft, only that something was lost, and goes at
 * the next lock, quick exit or showing someone, or when closed.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { focusSoon } from '../../lib/focusSoon';
import { Button, Notice, screenHeadingId } from '../../ui';
import { onLock } from './session';

let isShown = false;
const listeners = new Set<() => void>();

function setShown(shown: boolean): void {
  if (isShown === shown) return;
  isShown = shown;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the unlock that learns that not everything typed at the lock was kept. */
export function showDraftsNotKept(): void {
  setShown(true);
}

onLock(() => setShown(false));

export function DraftsNotKeptNotice() {
  const { t } = useTranslation('common');
  const shown = useSyncExternalStore(
    subscribe,
    () => isShown,
    () => false,
  );
  if (!shown) return null;
  return (
    <div className="drafts-not-kept">
      {/* Silent: the unlock has said it already. */}
      <Notice tone="alert" silent>
        <p>{t('announce.unlockedDraftsNotKept')}</p>
        <Button
          onClick={() => {
            setShown(false);
            focusSoon(screenHeadingId);
          }}
        >
          {t('storageError.dismiss')}
        </Button>
      </Notice>
    </div>
  );
}
