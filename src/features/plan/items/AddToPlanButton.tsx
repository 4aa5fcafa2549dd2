import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainId } from '../../../domain/domains';
import { RouteLink } from '../../../routing';
import { focusSoon } from '../../../lib/focusSoon';
import { Button, useAnnounce } from '../../../ui';
import { addItem } from '../planActions';
import type { PlanView } from '../usePlan';
import { useShowingSomeone } from '../../vault';

/**
 * "Add to my plan" next to a step from Verder's content. Only the content id is stored, so the step
 * reads in whatever language the person uses later. Once added, the button makes way for "✓ In my
 * plan": focus moves to that note (the pressed button is gone) and "Added to your plan." is said once.
 */
export function AddToPlanButton({
  plan,
  contentId,
  text,
  domain,
}: {
  plan: PlanView;
  contentId: string;
  text: string;
  domain: DomainId;
}) {
  const { t } = useTranslation('plan');
  const [isBusy, setIsBusy] = useState(false);
  const isShowing = useShowingSomeone();
  const say = useAnnounce();
  const noteId = useId();
  if (isShowing || plan.status === 'loading' || plan.status === 'unavailable') return null;
  if (plan.status === 'locked') {
    return (
      <p className="add-to-plan__note">
        {t('add.locked')} <RouteLink to={{ name: 'plan' }}>{t('add.openPlan')}</RouteLink>
      </p>
    );
  }
  const isAdded = plan.items.some((item) => item.kind === 'step' && item.contentId === contentId);
  if (isAdded) {
    return (
      <p id={noteId} tabIndex={-1} className="add-to-plan__note">
        <span aria-hidden="true">✓ </span>
        {t('add.added')}
      </p>
    );
  }
  return (
    <Button
      className="add-to-plan"
      disabled={isBusy}
      aria-label={t('add.buttonLabel', { text })}
      onClick={async () => {
        setIsBusy(true);
        try {
          await addItem('step', { text: '', contentId, domain, status: 'todo', date: '' }, plan);
          // The note appears once the plan's view has caught up with the write.
          focusSoon(noteId);
          say(t('add.announced'));
        } catch {
          // The storage banner says what went wrong; the button stays so it can be tried again.
        } finally {
          setIsBusy(false);
        }
      }}
    >
      {t('add.button')}
    </Button>
  );
}
