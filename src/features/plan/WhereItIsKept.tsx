import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../routing';
import { Notice } from '../../ui';

/**
 * Above a personal record's screen (the incident log, the check-in): where what is typed is kept —
 * sealed with the lock, or readable by anyone who opens Verder here — and the way to the lock.
 */
export function WhereItIsKept({ isSealed, withLock, noLock }: { isSealed: boolean; withLock: string; noLock: string }) {
  const { t } = useTranslation('plan');
  return (
    <>
      {isSealed ? (
        <p>{withLock}</p>
      ) : (
        <Notice tone="polite">
          <p>{noLock}</p>
        </Notice>
      )}
      <p>
        <RouteLink to={{ name: 'planSafety' }}>{t('lockAndCopies')}</RouteLink>
      </p>
    </>
  );
}
