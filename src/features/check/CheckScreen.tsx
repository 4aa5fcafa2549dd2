import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkQuestions } from '../../content/check/questions';
import { evaluateCheck, withAnswer } from '../../domain/check';
import { Button, Notice, ScreenHeading, useIsScopedCopy } from '../../ui';
import { CheckResult } from './CheckResult';
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
  const { answers, state, wasSaved, update, erase } = useCheckAnswers();
  const [step, setStep] = useState<Step | null>(null);
  const [hasErased, setHasErased] = useState(false);
  // Someone who took the check before sees their result; the answers can be erased or retaken there.
  const current: Step = step ?? (wasSaved ? { kind: 'result' } : { kind: 'intro' });
  useSharedCheckView(state === 'ready' ? { step: current, answers } : null);

  if (state === 'loading') return null;

  if (current.kind === 'result') {
    return (
      <CheckResult
        result={evaluateCheck(answers, checkQuestions)}
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

  if (current.kind === 'intro') {
    return (
      <>
        <ScreenHeading>{t('intro.title')}</ScreenHeading>
        {hasErased && <Notice tone="polite">{t('result.erased')}</Notice>}
        <p className="lead">{t('intro.body')}</p>
        <Button variant="primary" onClick={() => setStep({ kind: 'question', index: 0 })}>
          {t('intro.start')}
        </Button>
      </>
    );
  }

  const { index } = current;
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
