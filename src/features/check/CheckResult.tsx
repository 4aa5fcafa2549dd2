import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLockRecord } from '../../data';
import type { CheckResult as Result } from '../../domain/check';
import { phaseIds } from '../../domain/phases';
import { RouteLink } from '../../routing';
import { focusSoon } from '../../lib/focusSoon';
import { Button, Notice, ScreenHeading, useAnnounce, useScopedId } from '../../ui';
import { UrgentContacts, safetyContactIds } from '../contacts';
import { UnlockForm } from '../vault';
import type { KeepMode, SavedAnswers } from './useCheckAnswers';

/** What the result needs to say where the answers are kept, and to keep them. */
export interface KeepingControl {
  keepMode: KeepMode;
  saved: SavedAnswers;
  answers: Record<string, unknown>;
  lock: PlanLockRecord | undefined;
  keep: () => Promise<void>;
}

interface CheckResultProps {
  result: Result;
  onErase: () => Promise<void>;
  onRetake: () => void;
  /** Absent in the read-only copy. */
  keeping?: KeepingControl;
  /** A copy in a second language: the erase and retake buttons stay in the first column only. */
  isReadOnly?: boolean;
}

/** "Start here": safety first when there is any sign of danger, then the closest phase and domains. */
export function CheckResult({ result, onErase, onRetake, keeping, isReadOnly = false }: CheckResultProps) {
  const sid = useScopedId();
  const { t } = useTranslation(['check', 'phases', 'explore']);
  const [isConfirming, setIsConfirming] = useState(false);
  const say = useAnnounce();
  // The inline question: focus on the safe choice, the question said; "Keep them" goes back to the trigger.
  const confirm = (isOpen: boolean) => {
    setIsConfirming(isOpen);
    if (isOpen) say(t('check:result.eraseConfirm.question'));
    focusSoon(sid(isOpen ? 'erase-keep' : 'erase-open'));
  };
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
        <section>
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
        <section>
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
          {keeping ? <WhereAnswersAre keeping={keeping} /> : null}
          {isConfirming ? (
            <Notice tone="polite" silent>
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
                <Button id={sid('erase-keep')} onClick={() => confirm(false)}>
                  {t('check:result.eraseConfirm.cancel')}
                </Button>
              </div>
            </Notice>
          ) : (
            <div className="button-row">
              <Button id={sid('erase-open')} onClick={() => confirm(true)}>
                {t('check:result.erase')}
              </Button>
              <StartAgain hasAnswers={result.hasAnswers} onStart={onRetake} />
            </div>
          )}
        </section>
      )}
    </>
  );
}

/** Says plainly where these answers are, and offers to keep them only with who could then see them. */
function WhereAnswersAre({ keeping }: { keeping: KeepingControl }) {
  const { t } = useTranslation('check');
  const [isBusy, setIsBusy] = useState(false);
  const keep = async () => {
    setIsBusy(true);
    await keeping.keep().catch(() => undefined);
    setIsBusy(false);
  };
  const isKept =
    keeping.saved.status === 'kept' && JSON.stringify(keeping.saved.answers) === JSON.stringify(keeping.answers);
  switch (keeping.keepMode) {
    case 'showing':
      return <p>{t('result.keep.showing')}</p>;
    case 'plain':
      return <p className="warning-text">{t('result.keep.plainKept')}</p>;
    case 'sealed':
      return isKept ? (
        <p>{t('result.keep.sealedKept')}</p>
      ) : (
        <Button variant="primary" disabled={isBusy} onClick={() => void keep()}>
          {t('result.keep.keepLocked')}
        </Button>
      );
    case 'lockedVault':
      return (
        <>
          <p>{t('result.keep.lockedVault')}</p>
          {keeping.lock ? <UnlockForm lock={keeping.lock} /> : null}
        </>
      );
    case 'memory':
      return (
        <>
          <p>{t('result.keep.memoryOnly')}</p>
          <p className="warning-text">{t('result.keep.keepWarning')}</p>
          <div className="button-row">
            <Button disabled={isBusy} onClick={() => void keep()}>
              {t('result.keep.keepButton')}
            </Button>
            <RouteLink to={{ name: 'planSafety' }} className="button button--secondary">
              {t('result.keep.lockFirst')}
            </RouteLink>
          </div>
        </>
      );
  }
}

/**
 * "Take the check again" clears the answers at once, so with answers to lose it asks first, as "Erase
 * my answers" does (WCAG 3.3.4): focus on the safe choice, the question said, back to the trigger.
 */
export function StartAgain({
  hasAnswers,
  onStart,
  label,
  variant,
}: {
  hasAnswers: boolean;
  onStart: () => void;
  /** The button's own words; "Take the check again" unless given. */
  label?: string;
  variant?: 'primary';
}) {
  const sid = useScopedId();
  const { t } = useTranslation('check');
  const [isAsking, setIsAsking] = useState(false);
  const say = useAnnounce();
  const ask = (isOpen: boolean) => {
    setIsAsking(isOpen);
    if (isOpen) say(t('result.againConfirm.question'));
    focusSoon(sid(isOpen ? 'again-keep' : 'again-open'));
  };
  if (!isAsking) {
    return (
      <Button id={sid('again-open')} variant={variant} onClick={() => (hasAnswers ? ask(true) : onStart())}>
        {label ?? t('result.again')}
      </Button>
    );
  }
  return (
    <Notice tone="polite" silent>
      <p>{t('result.againConfirm.question')}</p>
      <div className="button-row">
        <Button
          variant="primary"
          onClick={() => {
            setIsAsking(false);
            onStart();
          }}
        >
          {t('result.againConfirm.confirm')}
        </Button>
        <Button id={sid('again-keep')} onClick={() => ask(false)}>
          {t('result.againConfirm.cancel')}
        </Button>
      </div>
    </Notice>
  );
}
