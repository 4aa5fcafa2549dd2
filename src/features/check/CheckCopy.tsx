import { useTranslation } from 'react-i18next';
import { checkQuestions } from '../../content/check/questions';
import { evaluateCheck } from '../../domain/check';
import { ScreenHeading } from '../../ui';
import { CheckResult } from './CheckResult';
import { QuestionStep } from './QuestionStep';
import { useCheckView } from './checkView';

const ignore = () => undefined;

/** The check as the first column shows it, in a second language, to read along: it takes no answers. */
export function CheckCopy() {
  const { t } = useTranslation(['check', 'showing']);
  const view = useCheckView();
  if (!view) return null;
  const { step, answers } = view;
  if (step.kind === 'result') {
    return (
      <CheckResult
        result={evaluateCheck(answers, checkQuestions)}
        onErase={async () => undefined}
        onRetake={ignore}
        isReadOnly
      />
    );
  }
  const question = step.kind === 'question' ? checkQuestions[step.index] : undefined;
  return (
    <>
      <ScreenHeading>{t('check:intro.title')}</ScreenHeading>
      {question ? (
        <QuestionStep
          question={question}
          number={step.kind === 'question' ? step.index + 1 : 1}
          total={checkQuestions.length}
          answer={answers[question.id]}
          onAnswer={ignore}
          onNext={ignore}
          onBack={ignore}
          onSkip={ignore}
          isReadOnly
        />
      ) : (
        <p className="lead">{t('check:intro.body')}</p>
      )}
      <p className="quiet small">{t('showing:columns.checkReadOnly')}</p>
    </>
  );
}
