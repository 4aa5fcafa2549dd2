import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult as Result } from '../../domain/check';
import { phaseIds } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { Button, Notice, ScreenHeading, useScopedId } from '../../ui';
import { UrgentContacts, safetyContactIds } from '../contacts';

interface CheckResultProps {
  result: Result;
  onErase: () => Promise<void>;
  onRetake: () => void;
  /** A copy in a second language: the erase and retake buttons stay in the first column only. */
  isReadOnly?: boolean;
}

/** "Start here": safety first when there is any sign of danger, then the closest phase and domains. */
export function CheckResult({ result, onErase, onRetake, isReadOnly = false }: CheckResultProps) {
  const sid = useScopedId();
  const { t } = useTranslation(['check', 'phases', 'explore']);
  const [isConfirming, setIsConfirming] = useState(false);
  const { phase } = result;
  const firstDomains = result.domains.slice(0, 3);
  return (
    <>
      <ScreenHeading>{t('check:result.heading')}</ScreenHeading>
      {result.showSafetyFirst && (
        <section aria-labelledby={sid('result-safety')} className="safety-first">
          <h2 id={sid('result-safety')}>{t('explore:domains.safety.title')}</h2>
          <p>{t('check:result.safetyLine')}</p>
          <UrgentContacts ids={safetyContactIds} />
        </section>
      )}
      {!result.hasAnswers && <p className="lead">{t('check:result.noAnswers')}</p>}
      {phase ? (
        <section aria-labelledby={sid('result-phase')}>
          <h2 id={sid('result-phase')}>{t('check:result.phase')}</h2>
          <RouteLink to={{ name: 'phase', phase }} className="card-link">
            <span className="card-link__title">{t(`phases:${phase}.title`)}</span>
            <span className="card-link__text">{t(`phases:${phase}.short`)}</span>
          </RouteLink>
        </section>
      ) : (
        <ul className="card-list">
          {phaseIds.map((id) => (
            <li key={id}>
              <RouteLink to={{ name: 'phase', phase: id }} className="card-link">
                <span className="card-link__title">{t(`phases:${id}.title`)}</span>
                <span className="card-link__text">{t(`phases:${id}.short`)}</span>
              </RouteLink>
            </li>
          ))}
        </ul>
      )}
      {result.hasAnswers && (
        <section aria-labelledby={sid('result-domains')}>
          <h2 id={sid('result-domains')}>{t('check:result.domains')}</h2>
          <ol className="card-list" data-testid="result-domains">
            {firstDomains.map((domain) => (
              <li key={domain}>
                {phase ? (
                  <RouteLink to={{ name: 'topic', phase, domain }} className="card-link">
                    <span className="card-link__title">{t(`explore:domains.${domain}.title`)}</span>
                    <span className="card-link__text">{t(`explore:domains.${domain}.summary`)}</span>
                  </RouteLink>
                ) : (
                  <div className="card">
                    <span className="card-link__title">{t(`explore:domains.${domain}.title`)}</span>
                    <span className="card-link__text">{t(`explore:domains.${domain}.summary`)}</span>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <p className="quiet">{t('check:result.onlySuggestion')}</p>
        </section>
      )}
      {!isReadOnly && (
        <section aria-labelledby={sid('result-answers')} className="answers-box">
          <h2 id={sid('result-answers')}>{t('check:result.privacy')}</h2>
          {isConfirming ? (
            <Notice tone="polite">
              <p>{t('check:result.eraseConfirm.question')}</p>
              <div className="button-row">
                <Button
                  variant="primary"
                  onClick={() => {
                    setIsConfirming(false);
                    void onErase();
                  }}
                >
                  {t('check:result.eraseConfirm.confirm')}
                </Button>
                <Button onClick={() => setIsConfirming(false)}>{t('check:result.eraseConfirm.cancel')}</Button>
              </div>
            </Notice>
          ) : (
            <div className="button-row">
              <Button onClick={() => setIsConfirming(true)}>{t('check:result.erase')}</Button>
              <Button onClick={onRetake}>{t('check:result.again')}</Button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
