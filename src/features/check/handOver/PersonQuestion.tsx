import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratherNotSay, toggleOption, type CheckAnswer, type CheckQuestion } from '../../../domain/check';
import { useContentText } from '../../../i18n';
import { Button, useAnnounceChange } from '../../../ui';

interface PersonQuestionProps {
  question: CheckQuestion;
  number: number;
  total: number;
  onAnswer: (answer: CheckAnswer | undefined) => void;
  /** Reads the question and its choices aloud, when the person chose that and the phone has a voice. */
  readAloud?: (text: string) => void;
}

/**
 * One question for the person holding the phone: large buttons, and nothing on screen that shows
 * what was chosen — someone looking over a shoulder sees the questions, not the answers. A single
 * choice moves on at once; with several choices only how many are chosen is shown (a screen reader
 * still hears each button's state through headphones).
 */
export function PersonQuestion({ question, number, total, onAnswer, readAloud }: PersonQuestionProps) {
  const { t } = useTranslation('check');
  const text = useContentText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  useAnnounceChange(question.isMultiple ? t('handOver.chosenCount', { count: chosen.length }) : '');

  const spoken = [
    text(question.textKey),
    ...question.options.map((option) => text(option.textKey)),
    t('nav.ratherNotSay'),
  ].join('. ');
  useEffect(() => {
    headingRef.current?.focus();
    readAloud?.(spoken);
    // Once per question: the text does not change while it is on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [question.id]);

  return (
    <div className="hand-over__question">
      <p className="quiet">{t('nav.progress', { current: number, total })}</p>
      <h2 ref={headingRef} tabIndex={-1} className="question__text">
        {text(question.textKey)}
      </h2>
      {question.hintKey ? <p className="quiet">{text(question.hintKey)}</p> : null}
      {question.isMultiple ? <p className="quiet">{t('handOver.chooseMore')}</p> : null}
      <div className="hand-over__choices">
        {question.options.map((option) =>
          question.isMultiple ? (
            <Button
              key={option.id}
              className="hand-over__choice"
              aria-pressed={chosen.includes(option.id)}
              onClick={() => setChosen((current) => toggleOption(question, current, option.id))}
            >
              {text(option.textKey)}
            </Button>
          ) : (
            <Button key={option.id} className="hand-over__choice" onClick={() => onAnswer([option.id])}>
              {text(option.textKey)}
            </Button>
          ),
        )}
        <Button className="hand-over__choice hand-over__choice--quiet" onClick={() => onAnswer(ratherNotSay)}>
          {t('nav.ratherNotSay')}
        </Button>
      </div>
      {question.isMultiple ? (
        <>
          <p className="quiet">{t('handOver.chosenCount', { count: chosen.length })}</p>
          <div className="button-row">
            <Button variant="primary" onClick={() => onAnswer(chosen.length > 0 ? chosen : undefined)}>
              {number === total ? t('nav.seeResult') : t('nav.next')}
            </Button>
            {chosen.length > 0 ? <Button onClick={() => setChosen([])}>{t('handOver.clearChoices')}</Button> : null}
          </div>
        </>
      ) : null}
      <div className="button-row">
        <Button onClick={() => onAnswer(undefined)}>{t('nav.skip')}</Button>
        {readAloud ? <Button onClick={() => readAloud(spoken)}>{t('handOver.readAgain')}</Button> : null}
      </div>
    </div>
  );
}
