import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePlanRow } from '../../../data';
import type { DomainId } from '../../../domain/domains';
import { RouteLink } from '../../../routing';
import { Button, useAnnounceChange } from '../../../ui';
import { useShowingSomeone } from '../../vault';
import { addContentSteps } from '../planActions';
import type { PlanView } from '../usePlan';

/**
 * "Put these steps in my plan" under a guide's checklist: every item not yet in the plan becomes a
 * step in one tap (one write, so two tabs or a reload never leave half of it). Like a single step,
 * only the content ids are stored, so the steps read in whatever language the person uses later.
 * Undo takes out exactly the steps this tap put in.
 */
export function AddChecklistToPlan({
  plan,
  contentIds,
  domain,
  heading,
}: {
  plan: PlanView;
  contentIds: readonly string[];
  domain: DomainId | '';
  /** The checklist's heading, so the button says which list it puts in the plan. */
  heading: string;
}) {
  const { t } = useTranslation('plan');
  const isShowing = useShowingSomeone();
  const [isBusy, setIsBusy] = useState(false);
  const [added, setAdded] = useState<readonly string[]>([]);
  const [hasFailed, setHasFailed] = useState(false);
  // The message that replaces the button gets focus and is read with it; a failure is said at once.
  useAnnounceChange(hasFailed ? t('checklist.failed') : '', 'assertive');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the next screen state is drawn: the message that replaced the button, or
  // the button that replaced the message after Undo (so a screen reader says what happened).
  const focusNext = useRef<'status' | 'button' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'status' ? statusRef.current : focusNext.current ? buttonRef.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });

  if (isShowing || plan.status === 'loading' || plan.status === 'unavailable') return null;
  if (plan.status === 'locked') {
    return (
      <p className="add-to-plan__note">
        {t('checklist.locked')} <RouteLink to={{ name: 'plan' }}>{t('add.openPlan')}</RouteLink>
      </p>
    );
  }

  const inPlan = new Set(
    plan.items.flatMap((item) => (item.kind === 'step' && item.contentId ? [item.contentId] : [])),
  );
  // What this tap wrote counts as in the plan at once, before the plan's own view has caught up.
  const missing = added.length > 0 ? [] : contentIds.filter((id) => !inPlan.has(id));

  const addAll = async () => {
    setIsBusy(true);
    setHasFailed(false);
    try {
      setAdded(await addContentSteps(missing, domain, plan));
      focusNext.current = 'status';
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };

  const undo = async () => {
    setIsBusy(true);
    try {
      for (const id of added) await deletePlanRow(id);
      setAdded([]);
      focusNext.current = 'button';
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };

  if (added.length > 0) {
    return (
      <div className="add-checklist">
        <p ref={statusRef} tabIndex={-1} className="add-checklist__status">
          <span aria-hidden="true">✓ </span>
          {t('checklist.added', { count: added.length })}{' '}
          <RouteLink to={{ name: 'plan' }}>{t('add.openPlan')}</RouteLink>
        </p>
        <Button disabled={isBusy} onClick={undo}>
          {t('checklist.undo')}
        </Button>
      </div>
    );
  }
  if (missing.length === 0) {
    return (
      <p className="add-to-plan__note">
        <span aria-hidden="true">✓ </span>
        {t('checklist.allInPlan')} <RouteLink to={{ name: 'plan' }}>{t('add.openPlan')}</RouteLink>
      </p>
    );
  }
  const label =
    missing.length === contentIds.length
      ? t('checklist.addAll', { count: missing.length })
      : t('checklist.addRest', { count: missing.length });
  return (
    <div className="add-checklist">
      <Button ref={buttonRef} disabled={isBusy} onClick={addAll} aria-label={`${label}: ${heading}`}>
        {label}
      </Button>
      {hasFailed ? <p className="field__error">{t('checklist.failed')}</p> : null}
    </div>
  );
}
