import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkQuestions } from '../../content/check/questions';
import { evaluateCheck, hasAnyAnswer, withAnswer } from '../../domain/check';
import { RouteLink, useStepBack } from '../../routing';
import { focusSoon } from '../../lib/focusSoon';
import { Button, Notice, ScreenHeading, screenHeadingId, useIsScopedCopy } from '../../ui';
import { useShowingMode } from '../showing';
import { UnlockForm } from '../vault';
import { CheckResult, StartAgain } from './CheckResult';
import { QuestionStep } from './QuestionStep';
import { CheckCopy } from './CheckCopy';
import { useSharedCheckView, type Step } from './checkView';
import { useCheckAnswers } from './useCheckAnswers';

/** The optional situation check: a few questions, one per screen, every one skippable. */
export function CheckScreen() {
  // Beside a second-language copy of the screen, only this first copy takes answers (one source of truth).
  return useIsScopedCopy() ? <CheckCopy /> : <CheckQuestions />;
}

function CheckQuestions() {
  const { t } = useTranslation('check');
  const check = useCheckAnswers();
  const { answers, state, saved, update, erase } = check;
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [hasErased, setHasErased] = useState(false);
  const isShowing = useShowingMode();
  // The result and the intro (after erasing) replace the question in place: focus goes to their h1.
  // (Each question focuses its own heading, in QuestionStep.)
  const shownKind = useRef(step.kind);
  useEffect(() => {
    if (shownKind.current === step.kind) return;
    shownKind.current = step.kind;
    if (step.kind !== 'question') focusSoon(screenHeadingId);
  }, [step.kind]);
  // Never the stored result by itself: whoever opens this screen sees the intro first.
  useSharedCheckView(state === 'ready' ? { step, answers } : null);
  // The phone's Back (and the back control) goes to the previous question, then to the intro.
  const stepBack = useCallback(() => {
    setStep((current) =>
      current.kind === 'question' && current.index > 0
        ? { kind: 'question', index: current.index - 1 }
        : { kind: 'intro' },
    );
    return true;
  }, []);
  useStepBack(step.kind === 'intro' ? null : stepBack);

  if (state === 'loading') return null;

  if (step.kind === 'result') {
    return (
      <CheckResult
        result={evaluateCheck(answers, checkQuestions)}
        keeping={check}
        onErase={async () => {
          await erase();
          setHasErased(true);
          setStep({ kind: 'intro' });
        }}
        onRetake={() => {
          update({});
          setStep({ kind: 'question', index: 0 });
        }}
      />
    );
  }

  if (step.kind === 'intro') {
    const canShow = saved.status === 'kept' || check.hasAnswersInMemory;
    // Questions gone through without an answer leave nothing that starting again would erase.
    const hasSomethingToLose = hasAnyAnswer(answers) || (saved.status === 'kept' && hasAnyAnswer(saved.answers));
    return (
      <>
        <ScreenHeading>{t('intro.title')}</ScreenHeading>
        {hasErased && <Notice tone="polite">{t('result.erased')}</Notice>}
        <p className="lead">{t('intro.body')}</p>
        {isShowing ? (
          <section className="answers-box" aria-label={t('handOver.title')}>
            <p>{t('handOver.entryHint')}</p>
            <RouteLink to={{ name: 'handOver' }} className="button button--primary">
              {t('handOver.entry')}
            </RouteLink>
          </section>
        ) : null}
        <div className="button-row">
          {/* Starting clears answers kept from an earlier time, so with any to lose it asks first. */}
          <StartAgain
            variant="primary"
            label={t('intro.start')}
            hasAnswers={hasSomethingToLose}
            onStart={() => {
              update({});
              setStep({ kind: 'question', index: 0 });
            }}
          />
          {canShow && (
            <Button
              onClick={() => {
                if (!check.hasAnswersInMemory) check.showSaved();
                setStep({ kind: 'result' });
              }}
            >
              {t('intro.showSaved')}
            </Button>
          )}
        </div>
        {saved.status === 'locked' && check.lock && !check.hasAnswersInMemory ? (
          <section className="answers-box" aria-label={t('intro.savedLocked')}>
            <p>{t('intro.savedLocked')}</p>
            <UnlockForm lock={check.lock} />
          </section>
        ) : null}
      </>
    );
  }

  const { index } = step;
  const question = checkQuestions[index];
  if (!question) return null;
  const goTo = (next: number) =>
    setStep(next >= checkQuestions.length ? { kind: 'result' } : { kind: 'question', index: Math.max(0, next) });
  return (
    <>
      <ScreenHeading>{t('intro.title')}</ScreenHeading>
      <QuestionStep
        key={question.id}
        question={question}
        number={index + 1}
        total={checkQuestions.length}
        answer={answers[question.id]}
        onAnswer={(answer) => update(withAnswer(answers, question.id, answer))}
        onNext={() => goTo(index + 1)}
        onBack={() => goTo(index - 1)}
        onSkip={() => {
          update(withAnswer(answers, question.id, undefined));
          goTo(index + 1);
        }}
      />
    </>
  );
}
