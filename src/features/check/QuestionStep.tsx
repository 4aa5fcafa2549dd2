import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ratherNotSay, toggleOption, type CheckAnswer, type CheckQuestion } from '../../domain/check';
import { useContentText } from '../../i18n';
import { Button } from '../../ui';

interface QuestionStepProps {
  question: CheckQuestion;
  number: number;
  total: number;
  answer: CheckAnswer | undefined;
  onAnswer: (answer: CheckAnswer | undefined) => void;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
  /** A copy beside the real question, in a second language: shows the choices, takes no input. */
  isReadOnly?: boolean;
}

/**
 * One question on one screen, with native radio buttons or checkboxes (every screen reader knows them).
 * "I'd rather not say" is part of the same group and clears the other choices.
 */
export function QuestionStep({
  question,
  number,
  total,
  answer,
  onAnswer,
  onNext,
  onBack,
  onSkip,
  isReadOnly = false,
}: QuestionStepProps) {
  const { t } = useTranslation('check');
  const text = useContentText();
  const name = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosen = Array.isArray(answer) ? answer : [];
  const isRatherNotSay = answer === ratherNotSay;
  const inputType = question.isMultiple ? 'checkbox' : 'radio';
  const isLast = number === total;

  // A new question is announced by moving focus to it.
  useEffect(() => {
    if (!isReadOnly) headingRef.current?.focus();
  }, [number, isReadOnly]);

  const choose = (optionId: string) => {
    const next = toggleOption(question, chosen, optionId);
    onAnswer(next.length > 0 ? next : undefined);
  };

  return (
    <form
      className="question"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      {/* Read with the question when focus lands on it (audit m8): "Question 1 of 8". */}
      <p className="quiet" id={`${name}-progress`}>
        {t('nav.progress', { current: number, total })}
      </p>
      <fieldset>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className="question__text" aria-describedby={`${name}-progress`}>
            {text(question.textKey)}
          </h2>
        </legend>
        {question.hintKey && <p className="quiet">{text(question.hintKey)}</p>}
        {question.isMultiple && <p className="quiet">{t('nav.chooseMore')}</p>}
        <div className="choices">
          {question.options.map((option) => (
            <label key={option.id} className="choice">
              <input
                type={inputType}
                name={name}
                value={option.id}
                checked={chosen.includes(option.id)}
                disabled={isReadOnly}
                onChange={() => choose(option.id)}
              />
              <span>{text(option.textKey)}</span>
            </label>
          ))}
          <label className="choice choice--quiet">
            <input
              type={inputType}
              name={name}
              value={ratherNotSay}
              checked={isRatherNotSay}
              disabled={isReadOnly}
              onChange={() => onAnswer(isRatherNotSay ? undefined : ratherNotSay)}
            />
            <span>{t('nav.ratherNotSay')}</span>
          </label>
        </div>
      </fieldset>
      {!isReadOnly && (
        // Back · Next · Skip (audit m13): Back where a person looks for it, not after Skip.
        <div className="button-row">
          {number > 1 && <Button onClick={onBack}>{t('nav.back')}</Button>}
          <Button type="submit" variant="primary">
            {isLast ? t('nav.seeResult') : t('nav.next')}
          </Button>
          <Button onClick={onSkip}>{t('nav.skip')}</Button>
        </div>
      )}
    </form>
  );
}
