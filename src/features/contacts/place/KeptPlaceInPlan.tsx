import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../../routing';
import { Button, useAnnounce } from '../../../ui';
import { useSavedPlace } from './useSavedPlace';

/**
 * In the open plan: the place kept from Find help, so the person can see what is stored and remove it.
 * Shown only where the plan itself is shown (open, not while showing someone).
 */
export function KeptPlaceInPlan() {
  const { t } = useTranslation('contacts');
  const saved = useSavedPlace();
  const [isRemoved, setIsRemoved] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const say = useAnnounce();
  if (saved.state === 'loading' || !saved.canKeep) return null;
  const announcement = (
    <p className={hasFailed ? 'notice notice--alert' : 'quiet small'}>
      {hasFailed ? t('keepPlace.failed') : isRemoved ? t('keepPlace.removed') : ''}
    </p>
  );
  if (!saved.kept) return isRemoved || hasFailed ? announcement : null;
  return (
    <section aria-labelledby="kept-place-heading" className="plan-section kept-place">
      <h2 id="kept-place-heading">{t('keepPlace.planHeading')}</h2>
      <p>{t('keepPlace.planBody', { place: saved.kept.name })}</p>
      <div className="button-row no-print">
        <RouteLink to={{ name: 'contacts' }} className="button button--secondary">
          {t('keepPlace.openFindHelp')}
        </RouteLink>
        <Button
          onClick={() =>
            saved.remove().then(
              () => {
                setIsRemoved(true);
                say(t('keepPlace.removed'));
              },
              () => {
                setHasFailed(true);
                say(t('keepPlace.failed'), 'assertive');
              },
            )
          }
        >
          {t('keepPlace.remove')}
        </Button>
      </div>
      {announcement}
    </section>
  );
}
