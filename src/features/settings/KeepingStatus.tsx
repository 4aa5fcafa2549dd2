import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRequestedPersistence, readPersistenceState, type PersistenceState } from '../../data';
import { RouteLink } from '../../routing';

/**
 * Whether the browser promised to keep Verder's data, and what that means for the plan. Lives in
 * settings (not the plan feature) so the settings entry never pulls the plan's code into the first load.
 */
export function KeepingStatus() {
  const { t } = useTranslation('plan');
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readPersistenceState().then((next) => {
      if (isCurrent) setState(next);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const text =
    state === 'persisted'
      ? t('keeping.persisted')
      : state === 'unsupported'
        ? t('keeping.unsupported')
        : state === 'not-persisted' && hasRequestedPersistence()
          ? t('keeping.notPersisted')
          : t('keeping.unknown');
  return (
    <section>
      <h2 id="keeping-heading">{t('keeping.title')}</h2>
      {state ? <p>{text}</p> : null}
      <p>
        <RouteLink to={{ name: 'planSafety' }}>{t('keeping.link')}</RouteLink>
      </p>
    </section>
  );
}
