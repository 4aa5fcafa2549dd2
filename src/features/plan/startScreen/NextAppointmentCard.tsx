import { useTranslation } from 'react-i18next';
import { sortAppointments, type PlanItemOf } from '../../../domain/plan';
import { RouteLink } from '../../../routing';
import { useScopedId } from '../../../ui';
import { useFormatAppointmentDay } from '../items';
import { usePlan } from '../usePlan';
import { useStartScreenChoice } from './useStartScreenChoice';

/**
 * On the start screen, only when the person chose it and the plan is open (or has no lock): their
 * next appointment. While locked, or while showing someone, nothing at all is drawn.
 */
export function NextAppointmentCard({ now = new Date() }: { now?: Date }) {
  const sid = useScopedId();
  const { t } = useTranslation(['plan', 'home']);
  const plan = usePlan();
  const choice = useStartScreenChoice();
  const formatDay = useFormatAppointmentDay(now);
  if (plan.status !== 'ready' || !choice.isOpen || !choice.isOn) return null;
  const appointments = plan.items.filter((item): item is PlanItemOf<'appointment'> => item.kind === 'appointment');
  const [next] = sortAppointments(appointments, now).upcoming;
  return (
    <section className="next-appointment" aria-labelledby={sid('next-appointment-heading')}>
      <h2 id={sid('next-appointment-heading')}>{t('startScreen.heading')}</h2>
      {next ? (
        <p className="next-appointment__what">
          {[next.what, formatDay(next.date).day, next.time, formatDay(next.date).relative, next.place, next.withWhom]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : (
        <p>{t('startScreen.none')}</p>
      )}
      <RouteLink to={{ name: 'plan' }} className="text-link">
        {t('add.openPlan')}
      </RouteLink>
    </section>
  );
}
