import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';
import { EraseEverything, ExportPlan, ImportPlan } from './copies';
import { ExtraSafeguards, LockSettings } from './lock';
import { usePlan } from './usePlan';
import { useShowingSomeone } from '../vault';
import { HiddenWhileShowing } from './HiddenWhileShowing';

/** Everything that protects, moves or removes the plan, on one screen. */
export function PlanSafetyScreen() {
  const { t } = useTranslation('plan');
  const view = usePlan();
  if (useShowingSomeone()) return <HiddenWhileShowing />;
  return (
    <>
      <ScreenHeading>{t('lockAndCopies')}</ScreenHeading>
      <p>
        <RouteLink to={{ name: 'plan' }}>{t('title')}</RouteLink>
      </p>
      <LockSettings view={view} />
      {view.status === 'ready' ? (
        <>
          <ExportPlan state={view} />
          <ImportPlan state={view} />
        </>
      ) : view.status === 'locked' ? (
        <p>{t('import.lockedFirst')}</p>
      ) : null}
      {view.status === 'ready' || view.status === 'locked' ? (
        <ExtraSafeguards lock={view.status === 'ready' ? view.lock : undefined} />
      ) : null}
      <EraseEverything />
    </>
  );
}
