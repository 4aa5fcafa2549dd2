import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planItemKinds } from '../../domain/plan';
import { RouteLink } from '../../routing';
import { focusSoon } from '../../lib/focusSoon';
import { Button, Notice, ScreenHeading, useAnnounce } from '../../ui';
import { HiddenWhileShowing } from './HiddenWhileShowing';
import { usePrintAll } from './copies';
import { PlanSection, usePlanActions } from './items';
import { DraftsNotKeptNotice, lockNow, UnlockForm, useShowingSomeone } from '../vault';
import { UpcomingDebtPayments } from './money';
import { usePlan, type PlanState } from './usePlan';
import { NextAppointmentChoice } from './startScreen';
import { KeptPlaceInPlan } from '../contacts';
import { HomeScreenAdvice } from '../settings';
import './planFindability.css';

export function PlanScreen() {
  const { t } = useTranslation(['plan', 'common', 'incidents', 'checkIn']);
  const view = usePlan();
  if (useShowingSomeone()) return <HiddenWhileShowing />;
  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="no-print">{t('intro')}</p>
      <p className="no-print">
        <RouteLink to={{ name: 'incidents' }}>{t('incidents:planLink')}</RouteLink>
      </p>
      <p className="no-print">
        <RouteLink to={{ name: 'checkIn' }}>{t('checkIn:planLink')}</RouteLink>
      </p>
      {view.status === 'loading' ? <p>{t('loading')}</p> : null}
      {view.status === 'unavailable' ? <Notice tone="alert">{t(`common:storageError.${view.failure}`)}</Notice> : null}
      {view.status === 'locked' ? (
        <>
          <UnlockForm lock={view.lock} />
          <p>
            <RouteLink to={{ name: 'planSafety' }}>{t('lockAndCopies')}</RouteLink>
          </p>
        </>
      ) : null}
      {view.status === 'ready' ? <DraftsNotKeptNotice /> : null}
      {view.status === 'ready' ? <OpenPlan state={view} /> : null}
    </>
  );
}

/** "Not now" holds for this visit only: nothing about the choice is stored. */
let hasDeclinedLockOffer = false;

/** Before the first word is written: locking first keeps every word encrypted from the start. */
function LockOffer() {
  const { t } = useTranslation('plan');
  const [isDeclined, setIsDeclined] = useState(hasDeclinedLockOffer);
  if (isDeclined) return null;
  return (
    <section aria-labelledby="lock-offer-heading" className="lock-offer no-print">
      <h2 id="lock-offer-heading">{t('lockOffer.title')}</h2>
      <p>{t('lockOffer.body')}</p>
      <p className="quiet">{t('lockOffer.honest')}</p>
      <div className="button-row">
        <RouteLink to={{ name: 'planSafety' }} className="button button--primary">
          {t('lockOffer.lockFirst')}
        </RouteLink>
        <Button
          onClick={() => {
            hasDeclinedLockOffer = true;
            setIsDeclined(true);
          }}
        >
          {t('lockOffer.notNow')}
        </Button>
      </div>
    </section>
  );
}

/**
 * Where each part of the plan is, at the top: a tap scrolls to that section and moves focus to its
 * heading. Buttons, not fragment links, so the address never changes.
 */
function SectionIndex() {
  const { t } = useTranslation(['plan', 'money']);
  const jumpTo = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav aria-label={t('index.label')} className="plan-index no-print">
      <ul>
        {planItemKinds.map((kind) => (
          <li key={kind}>
            <Button onClick={() => jumpTo(`plan-${kind}`)}>{t(`sections.${kind}.title`)}</Button>
          </li>
        ))}
        <li>
          <RouteLink to={{ name: 'money' }} className="button button--secondary">
            {t('money:title')}
          </RouteLink>
        </li>
      </ul>
    </nav>
  );
}

function OpenPlan({ state }: { state: PlanState }) {
  const { t, i18n } = useTranslation(['plan', 'money', 'common']);
  const { actions, problem, undoOffers, undo, dismissUndo } = usePlanActions(state);
  const [isPrinting, print] = usePrintAll();
  const say = useAnnounce();
  // Back on the plan with deletions that can still be undone: said once, politely (audit M6). The
  // Undo buttons stand in the deleted items' places; focus stays where the screen puts it.
  const [undoableOnArrival] = useState(undoOffers.length);
  useEffect(() => {
    if (undoableOnArrival > 0) say(t('item.undoStillPossible', { count: undoableOnArrival }));
  }, [undoableOnArrival, say, t]);
  return (
    <>
      <div className="plan-tools no-print">
        {state.lock ? (
          <Button
            onClick={() => {
              // What an open form holds is kept, sealed, after the screen has locked (audit m1).
              lockNow({ everywhere: true, keepDrafts: true });
              // The plan gives way to the unlock form: focus goes to its heading, and the lock is said.
              say(t('common:announce.locked'));
              focusSoon('unlock-heading');
            }}
          >
            {t('lockNow')}
          </Button>
        ) : (
          <p className="plan-tools__hint">{t('lockOffHint')}</p>
        )}
        <RouteLink to={{ name: 'planSafety' }} className="button button--secondary">
          {t('lockAndCopies')}
        </RouteLink>
        <Button onClick={print}>{t('print')}</Button>
        <p className="plan-tools__hint">{t('printHint')}</p>
        <RouteLink to={{ name: 'money' }} className="button button--secondary">
          {t('money:openLink')}
        </RouteLink>
      </div>
      <HomeScreenAdvice />
      <SectionIndex />
      {!state.lock && state.rows.length === 0 ? <LockOffer /> : null}
      {state.unreadable > 0 ? <Notice tone="polite">{t('unreadable', { count: state.unreadable })}</Notice> : null}
      {problem === 'changedElsewhere' ? <Notice tone="alert">{t('changedElsewhere')}</Notice> : null}
      {planItemKinds.map((kind) => (
        <PlanSection
          key={kind}
          kind={kind}
          items={state.items}
          actions={actions}
          showAll={isPrinting}
          undoOffers={undoOffers}
          onUndo={(offer) => void undo(offer)}
          onDismissUndo={dismissUndo}
          extra={
            kind === 'appointment' ? (
              <>
                <UpcomingDebtPayments records={state.records} now={new Date()} />
                <NextAppointmentChoice />
              </>
            ) : null
          }
        />
      ))}
      <KeptPlaceInPlan />
      <p className="print-only">{t('printedOn', { date: new Date().toLocaleDateString(i18n.language) })}</p>
    </>
  );
}
