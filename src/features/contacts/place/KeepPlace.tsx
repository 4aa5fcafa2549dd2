import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../domain/placeSearch';
import { Button, useAnnounce } from '../../../ui';
import { useSavedPlace } from './useSavedPlace';

type Outcome = '' | 'kept' | 'removed' | 'failed';

/**
 * "Keep this place in my plan", under the place search. The place is stored only on this tap, in the
 * vault. A kept place is never applied by itself: the person taps "use the place kept in my plan".
 * While the lock is closed or someone is being shown Verder, this shows nothing at all, so it does
 * not even tell that a place is kept.
 */
export function KeepPlace({ place, onUse }: { place: Municipality | null; onUse: (place: Municipality) => void }) {
  const { t } = useTranslation('contacts');
  const saved = useSavedPlace();
  const [outcome, setOutcome] = useState<Outcome>('');
  const say = useAnnounce();
  const status = (
    <p className={outcome === 'failed' ? 'notice notice--alert' : 'quiet small'}>
      {outcome === '' ? '' : t(`keepPlace.${outcome}`)}
    </p>
  );
  if (saved.state === 'loading' || !saved.canKeep) return null;

  const run = (action: () => Promise<unknown>, done: 'kept' | 'removed') => {
    action().then(
      () => {
        setOutcome(done);
        say(t(`keepPlace.${done}`));
      },
      () => {
        setOutcome('failed');
        say(t('keepPlace.failed'), 'assertive');
      },
    );
  };

  const { kept } = saved;
  if (place && kept?.id === place.id) {
    return (
      <div className="keep-place">
        <p>{t('keepPlace.isKept', { place: place.name })}</p>
        <Button onClick={() => run(saved.remove, 'removed')}>{t('keepPlace.remove')}</Button>
        {status}
      </div>
    );
  }
  if (place) {
    return (
      <div className="keep-place">
        <Button onClick={() => run(() => saved.keep(place), 'kept')}>
          {t('keepPlace.keep', { place: place.name })}
        </Button>
        <p className="quiet small">{saved.isSealed ? t('keepPlace.sealedNote') : t('keepPlace.plainNote')}</p>
        {status}
      </div>
    );
  }
  if (kept) {
    return (
      <div className="keep-place">
        <Button onClick={() => onUse(kept)}>{t('keepPlace.use')}</Button>
        {status}
      </div>
    );
  }
  return <div className="keep-place">{status}</div>;
}
