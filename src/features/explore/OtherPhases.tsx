import { useScopedId } from '../../ui';
import { useTranslation } from 'react-i18next';
import { phaseIds, type PhaseId } from '../../domain/phases';
import { RouteLink } from '../../routing';

/** Phases are not a ladder: every phase page links to all the others, in no particular direction. */
export function OtherPhases({ current }: { current: PhaseId }) {
  const sid = useScopedId();
  const { t } = useTranslation(['explore', 'phases']);
  return (
    <nav aria-labelledby={sid('other-phases')} className="other-phases">
      <h2 id={sid('other-phases')}>{t('explore:labels.otherPhases')}</h2>
      <p className="quiet">{t('explore:labels.notALadder')}</p>
      <ul className="link-list">
        {phaseIds
          .filter((phase) => phase !== current)
          .map((phase) => (
            <li key={phase}>
              <RouteLink to={{ name: 'phase', phase }}>{t(`phases:${phase}.title`)}</RouteLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
