import { useTranslation } from 'react-i18next';
import type { PhaseId } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { ScreenHeading } from '../../ui';

export function PhaseScreen({ phase }: { phase: PhaseId }) {
  const { t } = useTranslation(['phases', 'home', 'common']);
  return (
    <>
      <ScreenHeading>{t(`phases:${phase}.title`)}</ScreenHeading>
      <p className="lead">{t(`phases:${phase}.intro`)}</p>
      <p>{t(`phases:${phase}.more`)}</p>
      <p className="quiet">{t('home:notALadder')}</p>
      <p>
        <RouteLink to={{ name: 'home' }} className="text-link">
          {t('common:nav.backToStart')}
        </RouteLink>
      </p>
    </>
  );
}
