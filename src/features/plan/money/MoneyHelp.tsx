import { useTranslation } from 'react-i18next';
import { benefitFigureSources } from '../../../content/money/benefitFigures';
import { RouteLink } from '../../../routing';
import { SourceList } from '../../../ui';

/** The guides that go deeper, money help in Find help, and why Verder shows no benefit amounts. */
export function MoneyHelp() {
  const { t } = useTranslation(['money', 'guides']);
  const guides = [
    { id: 'social-assistance', title: t('guides:socialAssistance.title') },
    { id: 'debts-first-steps', title: t('guides:debtsFirstSteps.title') },
    { id: 'pull-back', title: t('guides:pullBack.title') },
  ];
  return (
    <section className="plan-section money-help no-print" aria-labelledby="money-help">
      <h2 id="money-help">{t('help.title')}</h2>
      <ul className="link-list">
        {guides.map((guide) => (
          <li key={guide.id}>
            <RouteLink to={{ name: 'guide', guideId: guide.id }}>{guide.title}</RouteLink>
          </li>
        ))}
        <li>
          <RouteLink to={{ name: 'contacts', purpose: 'money' }}>{t('help.findHelp')}</RouteLink>
        </li>
      </ul>
      <p>{t('help.benefitAmounts')}</p>
      <SourceList heading={t('help.sources')} sources={benefitFigureSources} />
    </section>
  );
}
