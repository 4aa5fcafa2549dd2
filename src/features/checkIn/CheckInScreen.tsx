import { useTranslation } from 'react-i18next';
import type { CheckInItem } from '../../domain/checkIn';
import { Button, Notice, ScreenHeading } from '../../ui';
import { WhereItIsKept } from '../plan';
import { UnlockForm } from '../vault';
import { ActiveCheckIn } from './ActiveCheckIn';
import { CheckInForm } from './CheckInForm';
import { useCheckInActions } from './useCheckInActions';
import { useMessages } from './useMessages';
import './checkIn.css';

export function CheckInScreen() {
  const { t } = useTranslation(['checkIn', 'plan', 'incidents']);
  const { record, item, message, start, extend, end, erase } = useCheckInActions();
  const isShowing = record.writeMode === 'showing';
  const isLocked = record.stored.status === 'locked' || record.writeMode === 'lockedVault';
  const isReady = !isShowing && !isLocked && record.state === 'ready';
  const active = isReady && item && item.endedAt === undefined ? item : undefined;
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      {isShowing ? <Notice tone="polite">{t('hidden')}</Notice> : null}
      {!isShowing && record.state === 'loading' ? <p>{t('incidents:loading')}</p> : null}
      <div id="check-in-status" tabIndex={-1}>
        {message && isReady ? <Notice tone="polite">{message}</Notice> : null}
      </div>
      {/* A running check-in comes first: when its time has passed, the reminder is at the top. */}
      {active ? (
        <ActiveCheckIn item={active} onEnd={() => void end(active)} onExtend={() => void extend(active)} />
      ) : (
        <p>{t('intro')}</p>
      )}
      <Notice tone="polite">
        <p>
          <strong>{t('honest')}</strong>
        </p>
      </Notice>
      <p>{t('openOnly')}</p>
      {!isShowing && isLocked && record.lock ? <UnlockForm lock={record.lock} /> : null}
      {isReady ? (
        <>
          <WhereItIsKept isSealed={record.writeMode === 'sealed'} withLock={t('withLock')} noLock={t('noLock')} />
          {active ? null : (
            <>
              {item ? <EndedCheckIn item={item} onDelete={() => void erase()} /> : null}
              <CheckInForm onStart={start} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}

/** An ended check-in the person chose to keep: what it was, and a way to delete it. */
function EndedCheckIn({ item, onDelete }: { item: CheckInItem; onDelete: () => void }) {
  const { t } = useTranslation('checkIn');
  const { checkIn } = useMessages(item);
  return (
    <section aria-labelledby="check-in-ended-heading">
      <h2 id="check-in-ended-heading">{t('ended.keptHeading')}</h2>
      <p className="check-in-message__text">{checkIn}</p>
      <Button onClick={onDelete}>{t('ended.delete')}</Button>
    </section>
  );
}
